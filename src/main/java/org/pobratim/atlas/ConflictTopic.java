package org.pobratim.atlas;

/** Which fact of a tie the sources disagree on. */
public enum ConflictTopic implements Coded {
    KIND("kind"),
    DATE("date"),
    STATUS("status"),
    REASON("reason"),
    /** which city the partner is (e.g. a list places it in another country) */
    PARTNER("partner"),
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
