package org.pobratim.atlas;

/**
 * A list that names a tie (a Wikipedia list's row, a Wikidata P190 statement): evidence that the tie is listed,
 * nothing more. {@code asListed} is how the list wrote the pair; {@code start} and {@code end} are the dates the list
 * gives (Wikidata's P580/P582), unknown otherwise; {@code claim} is what the list says that differs from the curated
 * tie it was matched to (a partner in another country), or null. A listing never changes a curated fact: where it
 * disagrees, {@link Tie#listingConflicts()} shows the disagreement as a conflict.
 */
public record Listing(String source, String asListed, PartialDate start, PartialDate end, String claim) {
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
    }
}
