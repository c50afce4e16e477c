package org.pobratim.ingest;

import java.util.List;

/**
 * What a name resolved to: the chosen place with a confidence (0..1) and the reason, or unresolved with the
 * candidates that were considered. Flags name what a reviewer should look at (e.g. the only places of that
 * name lie outside the stated country).
 */
public record Resolution(String name, String country, boolean resolved, PlaceCandidate match, double confidence,
                         String reason, List<PlaceCandidate> candidates, List<String> flags) {
    public Resolution {
        candidates = List.copyOf(candidates);
        flags = List.copyOf(flags);
        if (resolved && match == null) {
            throw new IllegalArgumentException("a resolved name needs its match");
        }
    }
}
