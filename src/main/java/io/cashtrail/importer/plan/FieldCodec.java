package io.cashtrail.importer.plan;

import io.cashtrail.domain.Contract;
import io.cashtrail.domain.Money;
import io.cashtrail.domain.Order;
import io.cashtrail.domain.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Reads and writes the fields an import may change, by name and as text, so a change can be
 * planned, applied, recorded in the import history and restored by undo in the same way. Contract
 * fields: title, signedDate, amount, taxRate, owner, paymentTerms, notes; order fields: amount,
 * owner, notes and "actual_shipped"/"planned_shipped"-style stage dates.
 */
final class FieldCodec {
    private FieldCodec() {
    }

    static String get(Contract c, String field) {
        return switch (field) {
            case "title" -> c.title();
            case "signedDate" -> text(c.signedDate());
            case "amount" -> text(c.amount());
            case "taxRate" -> text(c.taxRate());
            case "owner" -> c.owner();
            case "paymentTerms" -> c.paymentTerms();
            case "notes" -> c.notes();
            default -> throw new IllegalArgumentException("contract field " + field);
        };
    }

    static Contract set(Contract c, String field, String v) {
        return new Contract(c.id(), c.contractNo(), c.customerId(),
                field.equals("title") ? v : c.title(),
                field.equals("signedDate") ? date(v) : c.signedDate(),
                field.equals("amount") ? money(v) : c.amount(),
                field.equals("taxRate") ? (v == null ? null : new BigDecimal(v)) : c.taxRate(),
                field.equals("owner") ? v : c.owner(),
                field.equals("paymentTerms") ? v : c.paymentTerms(),
                field.equals("notes") ? v : c.notes(),
                c.version(), c.createdAt(), c.updatedAt());
    }

    static String get(Order o, String field) {
        return switch (field) {
            case "amount" -> text(o.amount());
            case "owner" -> o.owner();
            case "notes" -> o.notes();
            default -> stageGet(o, field);
        };
    }

    static Order set(Order o, String field, String v) {
        return switch (field) {
            case "amount" -> o.withAmount(money(v));
            case "owner" -> o.withOwner(v);
            case "notes" -> o.withNotes(v);
            default -> stageSet(o, field, v);
        };
    }

    static String stageField(Stage s, boolean actual) {
        return (actual ? "actual_" : "planned_") + s.key();
    }

    private static String stageGet(Order o, String field) {
        Stage s = stage(field);
        return text(field.startsWith("actual_") ? o.stages().actual(s) : o.stages().planned(s));
    }

    private static Order stageSet(Order o, String field, String v) {
        Stage s = stage(field);
        return o.withStages(field.startsWith("actual_") ? o.stages().withActual(s, date(v))
                : o.stages().withPlanned(s, date(v)));
    }

    private static Stage stage(String field) {
        if (field.startsWith("actual_")) {
            return Stage.fromKey(field.substring("actual_".length()));
        }
        if (field.startsWith("planned_")) {
            return Stage.fromKey(field.substring("planned_".length()));
        }
        throw new IllegalArgumentException("order field " + field);
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return v.toString();
    }

    private static LocalDate date(String v) {
        return v == null ? null : LocalDate.parse(v);
    }

    private static BigDecimal money(String v) {
        return v == null ? null : Money.of(v);
    }
}
