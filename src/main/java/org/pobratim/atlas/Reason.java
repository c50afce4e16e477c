package org.pobratim.atlas;

import java.util.List;

/** Why two cities are tied: a category and the story, with sources. */
public record Reason(ReasonCategory category, LocalizedText narrative, List<String> sources) {
    public Reason {
        if (category == null) {
            throw new IllegalArgumentException("category is required");
        }
        if (narrative == null) {
            throw new IllegalArgumentException("a narrative is required");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (category != ReasonCategory.UNKNOWN && sources.isEmpty()) {
            throw new IllegalArgumentException("a reason of '" + category.code() + "' needs a source");
        }
    }
}
