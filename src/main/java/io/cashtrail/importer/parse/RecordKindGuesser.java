package io.cashtrail.importer.parse;

import static io.cashtrail.importer.parse.ImportField.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses what kind of records a sheet holds from its mapped columns: each kind has fields that speak
 * for it (a tracking number for shipments) and some that speak against it (a signing date in a
 * receipts list). Repeated payment groups (回款1, 回款2 …) mean a contract ledger, not a receipts list.
 * All kinds come back ranked with a share of the evidence, so the user can pick another.
 */
public final class RecordKindGuesser {
    /** A kind and its share (0..1) of the positive evidence. */
    public record KindScore(RecordKind kind, double score) {
    }

    private static final Map<RecordKind, Map<ImportField, Double>> WEIGHTS = new EnumMap<>(RecordKind.class);
    private static final Map<RecordKind, Double> GROUPS_WEIGHT = new EnumMap<>(RecordKind.class);

    static {
        weights(RecordKind.CONTRACT_LEDGER, 4, CONTRACT_NO, 3, SIGNED_DATE, 3, AMOUNT, 3, OWNER, 1, CUSTOMER_NAME, 1,
                TAX_RATE, 1, CONTRACT_TITLE, 1, PAYMENT_TERMS, 2, PLANNED_SHIP_DATE, 1, SHIPPED_DATE, 1,
                DELIVERED_DATE, 1, ACCEPTED_DATE, 1, INVOICE_DATE, 0.5, OUTSTANDING, 1, RECEIVED_TOTAL, 1, ADVANCE, 1,
                RETENTION, 1, WARRANTY_PERIOD, 1, PAYMENT_DUE_DATE, 1, DUE_AMOUNT, 1);
        weights(RecordKind.SHIPMENTS, -2, TRACKING_NO, 4, CARRIER, 3, SHIPPED_DATE, 2, DELIVERED_DATE, 1, ORDER_NO, 1,
                CONTRACT_NO, 0.5, CUSTOMER_NAME, 0.5, ADDRESS, 0.5, CONTACT_PERSON, 0.3, CONTACT_PHONE, 0.3,
                SIGNED_DATE, -1, AMOUNT, -1, PAYMENT_DATE, -1, INVOICE_NO, -1);
        weights(RecordKind.PRODUCTION, -2, PRODUCTION_START, 4, PRODUCTION_FINISH, 4, ORDER_NO, 1, PLANNED_SHIP_DATE, 1,
                CONTRACT_NO, 0.5, CONTRACT_TITLE, 0.5, PAYMENT_DATE, -1, INVOICE_NO, -1, AMOUNT, -0.5);
        weights(RecordKind.INVOICES, -2, INVOICE_NO, 4, INVOICE_DATE, 3, INVOICE_AMOUNT, 3, TAX_RATE, 0.5,
                CUSTOMER_NAME, 0.5, CONTRACT_NO, 0.5, TAX_ID, 0.5, TAX_AMOUNT, 1, INVOICE_KIND, 1, SIGNED_DATE, -1, TRACKING_NO, -1,
                PAYMENT_DATE, -0.5);
        weights(RecordKind.PAYMENTS, -4, PAYMENT_DATE, 3, PAYMENT_AMOUNT, 3, CUSTOMER_NAME, 0.5, CONTRACT_NO, 0.5,
                INVOICE_NO, 0.5, SIGNED_DATE, -2, SHIPPED_DATE, -1, AMOUNT, -0.5, TRACKING_NO, -1);
        weights(RecordKind.CUSTOMERS, -2, CUSTOMER_NAME, 2, CUSTOMER_ALIAS, 2, CONTACT_PERSON, 2, CONTACT_PHONE, 2,
                ADDRESS, 2, TAX_ID, 3, INVOICE_CUTOFF_DAY, 3, PAYMENT_TERMS, 0.5, CONTRACT_NO, -2, INVOICE_AMOUNT, -2, AMOUNT, -2, SIGNED_DATE, -2,
                PAYMENT_DATE, -1, TRACKING_NO, -2, INVOICE_NO, -1);
    }

    private RecordKindGuesser() {
    }

    private static void weights(RecordKind kind, double groupsWeight, Object... pairs) {
        Map<ImportField, Double> w = new EnumMap<>(ImportField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            w.put((ImportField) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        WEIGHTS.put(kind, w);
        GROUPS_WEIGHT.put(kind, groupsWeight);
    }

    /** Every kind, best first; scores add up to 1 unless nothing speaks for any kind (then all 0). */
    public static List<KindScore> guess(ColumnMapping mapping) {
        boolean repeatedPayments = mapping.groups().values().stream()
                .filter(g -> g.containsKey(PAYMENT_AMOUNT) || g.containsKey(PAYMENT_DATE)).count() >= 2;
        Map<RecordKind, Double> raw = new EnumMap<>(RecordKind.class);
        double total = 0;
        for (RecordKind kind : RecordKind.values()) {
            double s = repeatedPayments ? GROUPS_WEIGHT.get(kind) : 0;
            for (Map.Entry<ImportField, Double> w : WEIGHTS.get(kind).entrySet()) {
                if (mapping.has(w.getKey())) {
                    s += w.getValue();
                }
            }
            s = Math.max(0, s);
            raw.put(kind, s);
            total += s;
        }
        List<KindScore> scores = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            scores.add(new KindScore(kind, total == 0 ? 0 : raw.get(kind) / total));
        }
        scores.sort(Comparator.comparingDouble(KindScore::score).reversed());
        return scores;
    }

    /** The most likely kind. */
    public static RecordKind best(ColumnMapping mapping) {
        return guess(mapping).get(0).kind();
    }
}
