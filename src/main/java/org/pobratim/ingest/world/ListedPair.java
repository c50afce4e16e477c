package org.pobratim.ingest.world;

import org.pobratim.atlas.PartialDate;

/**
 * A pair of places a list names as twinned, with where it stands (file and line, for the report) and what the list
 * says of it: start and end (Wikidata's P580/P582, unknown otherwise) and a reference URL (P854), or null. For a
 * directed list (Wikidata: a statement made on {@code a}'s item) {@code a} is the side that states it.
 */
public record ListedPair(String file, long line, ListedPlace a, ListedPlace b, PartialDate start, PartialDate end,
                         String reference) {
    public ListedPair {
        if (a == null || b == null) {
            throw new IllegalArgumentException("a listed pair needs two places");
        }
        start = start == null ? PartialDate.UNKNOWN : start;
        end = end == null ? PartialDate.UNKNOWN : end;
    }

    public static ListedPair of(String file, long line, ListedPlace a, ListedPlace b) {
        return new ListedPair(file, line, a, b, null, null, null);
    }

    /** How the list wrote the pair. */
    String asListed() {
        return a + " – " + b;
    }
}
