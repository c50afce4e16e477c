package org.pobratim.atlas;

/**
 * How close a source stands to the fact it states: {@link #PRIMARY} (the city's own site, an official gazette, the
 * signing body), {@link #SECONDARY} (news, books, third-party reports), {@link #LISTING} (a Wikipedia list, a
 * Wikidata statement, a gazetteer or directory that only names the pair). Declared best first.
 */
public enum SourceTier implements Coded {
    PRIMARY("primary"),
    SECONDARY("secondary"),
    LISTING("listing");

    private final String code;

    SourceTier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** True when this tier is better evidence than {@code other}. */
    public boolean betterThan(SourceTier other) {
        return ordinal() < other.ordinal();
    }
}
