package org.pobratim.atlas;

/** What kind of event shows that a tie is alive. */
public enum ActivityKind implements Coded {
    VISIT("visit"),
    AID("aid"),
    EXCHANGE("exchange"),
    PROJECT("project"),
    EVENT("event"),
    OTHER("other");

    private final String code;

    ActivityKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
