package io.cashtrail.domain;

/** The stages an order passes through, in their natural order (contract to cash). */
public enum Stage {
    CONTRACT_SIGNED,
    PRODUCTION_START,
    PRODUCTION_FINISH,
    SHIPPED,
    DELIVERED,
    ACCEPTED,
    INVOICED,
    PAID;

    private final String key = name().toLowerCase(java.util.Locale.ROOT);

    /** Column-name fragment used by the store and by change history ("production_start"). */
    public String key() {
        return key;
    }

    public static Stage fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
