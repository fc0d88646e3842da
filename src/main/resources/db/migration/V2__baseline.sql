-- The plan as it stood first (baseline), per stage: set once from the first planned date and never
-- moved by later replanning, so the timeline can show how far each stage slipped.
ALTER TABLE sales_order ADD COLUMN baseline_contract_signed DATE;
ALTER TABLE sales_order ADD COLUMN baseline_production_start DATE;
ALTER TABLE sales_order ADD COLUMN baseline_production_finish DATE;
ALTER TABLE sales_order ADD COLUMN baseline_shipped DATE;
ALTER TABLE sales_order ADD COLUMN baseline_delivered DATE;
ALTER TABLE sales_order ADD COLUMN baseline_accepted DATE;
ALTER TABLE sales_order ADD COLUMN baseline_invoiced DATE;
ALTER TABLE sales_order ADD COLUMN baseline_paid DATE;
UPDATE sales_order SET baseline_contract_signed = planned_contract_signed, baseline_production_start = planned_production_start, baseline_production_finish = planned_production_finish, baseline_shipped = planned_shipped, baseline_delivered = planned_delivered, baseline_accepted = planned_accepted, baseline_invoiced = planned_invoiced, baseline_paid = planned_paid;
