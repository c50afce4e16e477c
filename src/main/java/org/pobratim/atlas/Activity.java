package org.pobratim.atlas;

import java.util.List;

/** A dated sign of life of a tie: a visit, aid, an exchange, a project. */
public record Activity(PartialDate date, ActivityKind kind, LocalizedText description, List<String> sources) {
    public Activity {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (description == null) {
            throw new IllegalArgumentException("a description is required");
        }
        date = date == null ? PartialDate.UNKNOWN : date;
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("an activity needs at least one source");
        }
        sources = List.copyOf(sources);
    }
}
