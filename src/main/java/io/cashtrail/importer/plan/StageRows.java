package io.cashtrail.importer.plan;

import io.cashtrail.importer.parse.ImportField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Plans one row of a logistics export (发货单) or an ERP production export: it updates the stage
 * dates (and notes) of an existing order found by order number or contract number; it never
 * creates orders, so a row whose order is unknown is a problem the user sees in the list.
 */
final class StageRows {
    static final Set<ImportField> USED = EnumSet.of(ImportField.CUSTOMER_NAME, ImportField.CUSTOMER_ALIAS,
            ImportField.CONTRACT_NO, ImportField.ORDER_NO, ImportField.PLANNED_SHIP_DATE, ImportField.SHIPPED_DATE,
            ImportField.DELIVERED_DATE, ImportField.ACCEPTED_DATE, ImportField.PRODUCTION_START,
            ImportField.PRODUCTION_FINISH);

    private final LedgerIndex index;

    StageRows(LedgerIndex index) {
        this.index = index;
    }

    RowPlan plan(RowValues v) {
        String contractNo = v.get(ImportField.CONTRACT_NO);
        String orderNo = v.get(ImportField.ORDER_NO);
        LedgerIndex.OrderEntry oe = find(contractNo, orderNo);
        if (oe == null) {
            String which = orderNo != null ? orderNo : contractNo;
            if (which == null) {
                v.error(ImportField.ORDER_NO, "import.plan.missing", io.cashtrail.i18n.Messages.get(
                        ImportField.ORDER_NO.messageKey()));
            } else {
                v.error(orderNo != null ? ImportField.ORDER_NO : ImportField.CONTRACT_NO, "import.plan.orderUnknown",
                        which);
            }
            return null;
        }
        RowPlan p = new RowPlan();
        LedgerRows.updateOrder(oe, v, p, null);
        return p;
    }

    /**
     * The order by contract (and order) number; an order number not found under the contract (the
     * contract cell may have been filled down from the row above) is looked up on its own.
     */
    private LedgerIndex.OrderEntry find(String contractNo, String orderNo) {
        LedgerIndex.ContractEntry ce = contractNo == null ? null : index.contract(contractNo);
        if (ce != null) {
            LedgerIndex.OrderEntry oe = orderNo != null ? ce.orders.get(io.cashtrail.importer.parse.TextNormalizer.key(orderNo))
                    : ce.orders.size() == 1 ? ce.orders.values().iterator().next() : null;
            if (oe != null || orderNo == null) {
                return oe;
            }
        }
        if (orderNo != null) {
            List<LedgerIndex.OrderEntry> found = index.ordersNumbered(orderNo);
            if (found.size() == 1) {
                return found.get(0);
            }
            LedgerIndex.ContractEntry byNo = index.contract(orderNo);
            if (byNo != null && byNo.orders.size() == 1) {
                return byNo.orders.values().iterator().next();
            }
        }
        return null;
    }
}
