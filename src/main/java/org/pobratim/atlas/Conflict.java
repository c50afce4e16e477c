package org.pobratim.atlas;

import java.util.List;

/**
 * What another source says differently about a tie (a different kind, date, status or reason), kept beside
 * the recorded fact instead of overwriting it: e.g. the city's site calls the 1966 document a twinning charter
 * where the signing reports call it a friendship declaration.
 */
public record Conflict(ConflictTopic about, String claim, List<String> sources) {
    public Conflict {
        if (about == null) {
            throw new IllegalArgumentException("about is required");
        }
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("the conflicting claim is required");
        }
        claim = claim.strip();
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("a conflicting claim needs the source that makes it");
        }
        sources = List.copyOf(sources);
    }
}
