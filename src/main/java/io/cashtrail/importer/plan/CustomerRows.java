package io.cashtrail.importer.plan;

import io.cashtrail.domain.Customer;
import io.cashtrail.domain.PaymentRule;
import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.ImportField;
import io.cashtrail.importer.parse.TextNormalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Plans one row of a customer list (客户名单): the customer with this name (or an alias already
 * recorded for it) gets the row's short names added to its aliases and its contact, phone, address,
 * tax id, invoice cut-off day and payment terms where the sheet has a different value (an empty
 * cell erases nothing); otherwise a new customer is created. Payment terms in words ("月结60天")
 * also set the structured payment rule. A new name that looks like an existing customer's is
 * created with a warning suggesting it may be the same, never merged silently.
 */
final class CustomerRows {
    static final Set<ImportField> USED = EnumSet.of(ImportField.CUSTOMER_NAME, ImportField.CUSTOMER_ALIAS,
            ImportField.CONTACT_PERSON, ImportField.CONTACT_PHONE, ImportField.ADDRESS, ImportField.TAX_ID,
            ImportField.INVOICE_CUTOFF_DAY, ImportField.PAYMENT_TERMS);
    private static final String[] FIELDS = {"aliases", "contactPerson", "contactPhone", "address", "taxId",
        "invoiceCutoffDay", "paymentTerms", "paymentRule", "notes"};
    private static final String ALIAS_SEPARATORS = "[,，;；、/\\n]";

    private final LedgerIndex index;
    private final RecordIndex records;
    /** Customers an earlier row of this file already gave values (a customer merged over its contacts' rows). */
    private final Set<RecordIndex.Entry<Customer>> seenInFile = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());

    CustomerRows(LedgerIndex index, RecordIndex records) {
        this.index = index;
        this.records = records;
    }

    RowPlan plan(RowValues v) {
        String name = v.get(ImportField.CUSTOMER_NAME);
        String aliases = v.get(ImportField.CUSTOMER_ALIAS);
        if (name == null) {
            name = aliases == null ? null : aliases.split(ALIAS_SEPARATORS)[0];
        }
        if (name == null || TextNormalizer.key(name).isEmpty()) {
            v.error(ImportField.CUSTOMER_NAME, "import.plan.missing", Messages.get(ImportField.CUSTOMER_NAME.messageKey()));
            return null;
        }
        name = TextNormalizer.clean(name);
        Integer cutoff = v.get(ImportField.INVOICE_CUTOFF_DAY);
        String terms = v.get(ImportField.PAYMENT_TERMS);
        PaymentRule rule = PaymentRuleText.parse(terms);
        Customer row = new Customer(0, name, null, v.get(ImportField.TAX_ID), v.get(ImportField.CONTACT_PERSON),
                v.get(ImportField.CONTACT_PHONE), v.get(ImportField.ADDRESS), cutoff, terms, null, 0, null, null, rule);
        RowPlan p = new RowPlan();
        LedgerIndex.CustomerEntry match = index.customer(name);
        RecordIndex.Entry<Customer> known = match == null ? null : records.customer(match.ref());
        if (known == null) {
            LedgerIndex.CustomerEntry similar = index.similarCustomer(name);
            for (String alias : split(aliases)) {
                if (similar == null && index.customer(alias) != null && !index.customer(alias).ref().isNew()) {
                    similar = index.customer(alias);
                }
            }
            if (similar != null) {
                v.warn(ImportField.CUSTOMER_NAME, "import.plan.similarCustomer", name, similar.name());
            }
            Customer draft = merge(Customer.named(name), row, aliases, v.leftovers, false);
            KindOps.CreateCustomerRecord op = new KindOps.CreateCustomerRecord(draft);
            p.create(op);
            RecordIndex.Entry<Customer> e = new RecordIndex.Entry<>(op.self, draft);
            records.addCustomer(e);
            seenInFile.add(e);
            index.addCustomer(name, op.self);
            for (String alias : split(aliases)) {
                if (index.customer(alias) == null) {
                    index.addCustomer(alias, op.self);
                }
            }
            return p;
        }
        Customer target = merge(known.state, row, aliases, v.leftovers, !seenInFile.add(known));
        if (known.ref.creator instanceof KindOps.CreateCustomerRecord op) {
            op.draft = target;
        } else {
            for (String f : FIELDS) {
                String old = RecordFields.get(known.state, f);
                String now = RecordFields.get(target, f);
                if (now != null && !now.equals(old)) {
                    p.ops.add(new KindOps.SetRecordField("customer", known.ref, f, now));
                    p.changes.add(new FieldChange("customer", label(f), f, shown(f, old), shown(f, now)));
                }
            }
        }
        known.state = target;
        return p;
    }

    /**
     * The customer with the row's non-empty values laid over it, its aliases and notes merged. A
     * customer an earlier row of the file already gave values only gets its blanks filled, so a
     * customer listed over several contact rows ends the same on every import (not the last row's).
     */
    private static Customer merge(Customer base, Customer row, String aliases, List<String> notes, boolean blanksOnly) {
        Customer c = base;
        for (String f : FIELDS) {
            String now = switch (f) {
                case "aliases" -> mergeAliases(base.name(), base.aliases(), aliases);
                case "notes" -> RowPlan.mergeNotes(base.notes(), blanksOnly ? newHeaders(base.notes(), notes) : notes);
                default -> blanksOnly && RecordFields.get(base, f) != null ? null : RecordFields.get(row, f);
            };
            if (now != null) {
                c = RecordFields.set(c, f, now);
            }
        }
        return c;
    }

    /** The "header: value" lines whose header the notes do not have yet. */
    private static List<String> newHeaders(String existing, List<String> lines) {
        List<String> have = existing == null ? List.of() : List.of(existing.split("\n"));
        return lines.stream().filter(l -> {
            int colon = l.indexOf(": ");
            String prefix = colon < 0 ? l : l.substring(0, colon + 2);
            return have.stream().noneMatch(h -> h.startsWith(prefix));
        }).toList();
    }

    /** The recorded aliases with the sheet's short names added (not the name itself, no repeats). */
    static String mergeAliases(String name, String existing, String sheet) {
        List<String> out = new ArrayList<>(split(existing));
        List<String> keys = new ArrayList<>(out.stream().map(TextNormalizer::key).toList());
        keys.add(TextNormalizer.key(name));
        for (String a : split(sheet)) {
            if (!keys.contains(TextNormalizer.key(a))) {
                out.add(a);
                keys.add(TextNormalizer.key(a));
            }
        }
        return out.isEmpty() ? existing : String.join(", ", out);
    }

    private static List<String> split(String aliases) {
        List<String> out = new ArrayList<>();
        if (aliases != null) {
            for (String a : aliases.split(ALIAS_SEPARATORS)) {
                if (!TextNormalizer.key(a).isEmpty()) {
                    out.add(TextNormalizer.clean(a));
                }
            }
        }
        return out;
    }

    /** A value as the preview shows it: a payment rule in words ("月结60天"), anything else as it is. */
    private static String shown(String field, String value) {
        return field.equals("paymentRule") ? PaymentRuleText.describe(PaymentRuleText.decode(value)) : value;
    }

    private static String label(String field) {
        return Messages.get(switch (field) {
            case "aliases" -> ImportField.CUSTOMER_ALIAS.messageKey();
            case "contactPerson" -> ImportField.CONTACT_PERSON.messageKey();
            case "contactPhone" -> ImportField.CONTACT_PHONE.messageKey();
            case "address" -> ImportField.ADDRESS.messageKey();
            case "taxId" -> ImportField.TAX_ID.messageKey();
            case "invoiceCutoffDay" -> ImportField.INVOICE_CUTOFF_DAY.messageKey();
            case "paymentTerms" -> ImportField.PAYMENT_TERMS.messageKey();
            case "paymentRule" -> "importkinds.field.paymentRule";
            default -> "import.field.notes";
        });
    }
}
