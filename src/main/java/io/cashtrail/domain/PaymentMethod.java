package io.cashtrail.domain;

/** How a payment arrived; an acceptance bill (承兑汇票) has its own maturity date. */
public enum PaymentMethod {
    BANK_TRANSFER, ACCEPTANCE_BILL, CASH, CHEQUE, OTHER
}
