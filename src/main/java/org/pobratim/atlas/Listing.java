package org.pobratim.atlas;

import java.util.Map;
import java.util.TreeMap;

/**
 * A list that names a tie (a Wikipedia list's row, a Wikidata P190 statement): evidence that the tie is listed,
 * nothing more. {@code asListed} is how the list wrote the pair; {@code start} and {@code end} are the dates the list
 * gives (Wikidata's P580/P582), unknown otherwise; {@code claim} is what the list says that differs from the curated
 * tie it was matched to (a partner in another country), or null. A listing never changes a curated fact: where it
 * disagrees, {@link Tie#listingConflicts()} shows the disagreement as a conflict.
 *
 * <p>{@code items} are the Wikidata items the list gives for the tie's cities (city id to QID; empty when it gives
 * none or the listing is a claim), and {@code statedBy} the city whose item makes the statement, for a list of
 * directed statements (Wikidata's: A's item names B), else null — together they tell which side of a tie Wikidata
 * states and by which items, without touching the curated cities.
 */
public record Listing(String source, String asListed, PartialDate start, PartialDate end, String claim,
                      Map<String, String> items, String statedBy) {
    public Listing {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a listing needs the source that lists the tie");
        }
        if (asListed == null || asListed.isBlank()) {
            throw new IllegalArgumentException("a listing needs the pair as the list wrote it");
        }
        start = start == null ? PartialDate.UNKNOWN : start;
        end = end == null ? PartialDate.UNKNOWN : end;
        claim = claim == null || claim.isBlank() ? null : claim.strip();
        items = items == null ? Map.of() : Map.copyOf(new TreeMap<>(items));
        statedBy = statedBy == null || statedBy.isBlank() ? null : statedBy;
    }

    /** A listing that names no items and no stating side (a list of pairs). */
    public Listing(String source, String asListed, PartialDate start, PartialDate end, String claim) {
        this(source, asListed, start, end, claim, null, null);
    }
}
