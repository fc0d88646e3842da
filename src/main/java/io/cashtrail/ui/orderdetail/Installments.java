package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.Installment;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Stage;
import io.cashtrail.domain.StageDates;
import io.cashtrail.domain.ValidationResult;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.OrderDetail;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * The payment plan (回款计划) of an order: one line per installment with its trigger event and offset.
 * The totals line warns when the plan does not add up to the order amount.
 */
final class Installments {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Installments() {
    }

    static RecordKind<Installment> kind() {
        return new RecordKind<>("installment",
                List.of(Col.number(m("seq"), Installment::seq, 3),
                        Col.text(m("label"), Installment::label, 8),
                        Col.number(m("sharePercent"), Installment::sharePercent, 5),
                        Col.money(m("amount"), Installment::amount),
                        Col.text(m("trigger"), i -> triggerName(i.trigger()), 8),
                        Col.number(m("offsetDays"), Installment::offsetDays, 5),
                        Col.date(m("dueDate"), Installment::dueDate),
                        Col.text(m("notes"), Installment::notes, 12)),
                OrderDetail::installments, InstallmentForm::new, (s, r) -> s.save(r),
                (s, r) -> s.deleteInstallment(r.id()), r -> r.seq() + ". " + r.label(), Installments::summary);
    }

    private static String m(String key) {
        return Messages.get("installment." + key);
    }

    /** A stage key ("accepted") shows as the stage's name; any other trigger text as typed. */
    static String triggerName(String trigger) {
        return isStage(trigger) ? stageName(Stage.fromKey(trigger)) : trigger;
    }

    private static boolean isStage(String key) {
        return key != null && Arrays.stream(Stage.values()).anyMatch(s -> s.key().equalsIgnoreCase(key));
    }

    private static String stageName(Stage s) {
        return Messages.get("stage." + s.key());
    }

    private static String triggerKey(String text) {
        String t = text == null ? null : text.strip();
        return Arrays.stream(Stage.values()).filter(s -> stageName(s).equals(t))
                .map(Stage::key).findFirst().orElse(t == null || t.isEmpty() ? null : t);
    }

    private static RecordKind.Summary summary(OrderDetail d) {
        if (d.installments().isEmpty()) {
            return null;
        }
        BigDecimal plan = d.installments().stream().map(Installment::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal order = Money.orZero(d.order().amount());
        if (plan.compareTo(order) == 0) {
            return new RecordKind.Summary(Messages.get("installment.total", Formats.money(plan)), false);
        }
        return new RecordKind.Summary(Messages.get("installment.mismatch", Formats.money(plan), Formats.money(order),
                Formats.money(plan.subtract(order).abs())), true);
    }

    /** The installment dialog; amount may come from the share, the due date from the trigger stage. */
    private static final class InstallmentForm extends RecordForm<Installment> {
        private final OrderDetail detail;
        private final TextField seq = text("seq", Objects.toString(old(Installment::seq), null));
        private final TextField label = text("label", old(Installment::label));
        private final TextField share = text("sharePercent", plain(old(Installment::sharePercent)));
        private final TextField amount = amount("amount", old(Installment::amount));
        private final ComboBox<String> trigger = add("trigger", form::combo);
        private final TextField offset = text("offsetDays", Objects.toString(old(Installment::offsetDays), "0"));
        private final DatePicker due = date("dueDate", old(Installment::dueDate));
        private final TextArea notes = area("notes", old(Installment::notes));

        InstallmentForm(OrderDetail d, Installment existing, LocalDate today) {
            super("installment", d, existing, Installment::id, Installment::version);
            this.detail = d;
            if (existing == null) {
                seq.setText(String.valueOf(d.installments().stream().mapToInt(Installment::seq).max().orElse(0) + 1));
            }
            label.setPromptText(Messages.get("installment.labelPrompt"));
            amount.setPromptText(Messages.get("installment.amountPrompt"));
            due.setPromptText(Messages.get("installment.duePrompt"));
            trigger.setEditable(true);
            trigger.getItems().setAll(Arrays.stream(Stage.values()).map(Installments::stageName).toList());
            trigger.getEditor().setText(triggerName(old(Installment::trigger)));
        }

        private static String plain(BigDecimal d) {
            return d == null ? null : d.stripTrailingZeros().toPlainString();
        }

        @Override
        Installment read() {
            share.setText(share.getText() == null ? null : share.getText().replace("%", "").strip());
            BigDecimal pct = amountOf("sharePercent", share);
            BigDecimal value = amountOf("amount", amount);
            if (value == null && pct != null && detail.order().amount() != null) {
                value = detail.order().amount().multiply(pct).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            }
            Integer n = integerOf("seq", seq);
            Integer days = integerOf("offsetDays", offset);
            String trig = triggerKey(trigger.getEditor().getText());
            int off = days == null ? 0 : days;
            LocalDate date = dateOf("dueDate", due);
            if (date == null) {
                date = dueFrom(detail.order().stages(), trig, off);
            }
            return new Installment(id, orderId, n == null ? 0 : n,
                    textOf(label), pct, value, trig, off, date, textOf(notes),
                    version, Boolean.TRUE.equals(old(Installment::invoiceRequired)),
                    Boolean.TRUE.equals(old(Installment::cancelled)));
        }

        /** The trigger stage's date (actual, else planned) plus the offset; null when unknown. */
        private static LocalDate dueFrom(StageDates stages, String trigger, int offsetDays) {
            if (!isStage(trigger)) {
                return null;
            }
            Stage s = Stage.fromKey(trigger);
            LocalDate base = stages.actual(s) != null ? stages.actual(s) : stages.planned(s);
            return base == null ? null : base.plusDays(offsetDays);
        }

        @Override
        ValidationResult validate(Installment i) {
            ValidationResult r = new ValidationResult();
            if (i.seq() < 1) {
                r.error(field("seq"), "validation.required");
            }
            length(r, "label", i.label(), 100, true);
            if (i.sharePercent() != null
                    && (i.sharePercent().signum() < 0 || i.sharePercent().compareTo(HUNDRED) > 0)) {
                r.error(field("sharePercent"), "validation.percent");
            }
            amount(r, "amount", i.amount(), true, false);
            length(r, "trigger", i.trigger(), 30, false);
            return r;
        }
    }
}
