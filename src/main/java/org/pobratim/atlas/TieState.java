package org.pobratim.atlas;

/** Whether a tie is alive. */
public enum TieState implements Coded {
    ACTIVE("active"),
    FORMAL_ONLY("formal-only"),
    SUSPENDED("suspended"),
    ENDED("ended"),
    UNKNOWN("unknown");

    private final String code;

    TieState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
