package io.cashtrail.service;

/** One global-search result: what matched and where to go (an order or a customer). */
public record SearchHit(Kind kind, long id, String title, String subtitle) {
    /** What the hit opens. */
    public enum Kind { ORDER, CUSTOMER }
}
