package io.cashtrail.domain;

/**
 * The spans drawn as bars on the timeline, each between two stages: production (start → finish),
 * shipping (shipped → delivered), acceptance (delivered → accepted), collection (invoiced → paid).
 */
public enum Phase {
    PRODUCTION(Stage.PRODUCTION_START, Stage.PRODUCTION_FINISH),
    SHIPPING(Stage.SHIPPED, Stage.DELIVERED),
    ACCEPTANCE(Stage.DELIVERED, Stage.ACCEPTED),
    COLLECTION(Stage.INVOICED, Stage.PAID);

    private final Stage start;
    private final Stage end;

    Phase(Stage start, Stage end) {
        this.start = start;
        this.end = end;
    }

    public Stage start() {
        return start;
    }

    public Stage end() {
        return end;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
