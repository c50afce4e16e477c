package org.pobratim.atlas;

/** Which fact of a tie the sources disagree on. */
public enum ConflictTopic implements Coded {
    KIND("kind"),
    DATE("date"),
    STATUS("status"),
    REASON("reason"),
    OTHER("other");

    private final String code;

    ConflictTopic(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
