package org.pobratim.atlas;

/** Whether a tie is alive. */
public enum TieState implements Coded {
    ACTIVE("active"),
    FORMAL_ONLY("formal-only"),
    SUSPENDED("suspended"),
    ENDED("ended"),
    UNKNOWN("unknown");

    private final String code;

    /** Ended or suspended: the tie stopped (its status's date says when). */
    public boolean stopped() {
        return this == ENDED || this == SUSPENDED;
    }

    TieState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
