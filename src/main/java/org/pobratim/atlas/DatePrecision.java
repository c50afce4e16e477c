package org.pobratim.atlas;

/** How much of a date is known. */
public enum DatePrecision implements Coded {
    DAY("day"),
    MONTH("month"),
    YEAR("year"),
    DECADE("decade"),
    UNKNOWN("unknown");

    private final String code;

    DatePrecision(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
