package io.cashtrail.domain;

/** Chinese VAT invoice kinds; CREDIT_NOTE is a red-letter (红冲) negative invoice. */
public enum InvoiceKind {
    VAT_SPECIAL, VAT_ORDINARY, ELECTRONIC, CREDIT_NOTE
}
