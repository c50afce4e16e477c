package org.pobratim.atlas;

import java.util.List;

/** Why two cities are tied: a category and the story, with sources, and the traits they say the towns share. */
public record Reason(ReasonCategory category, LocalizedText narrative, List<String> sources, List<Trait> traits) {
    /** A reason that names no shared trait. */
    public Reason(ReasonCategory category, LocalizedText narrative, List<String> sources) {
        this(category, narrative, sources, List.of());
    }

    public Reason {
        if (category == null) {
            throw new IllegalArgumentException("category is required");
        }
        if (narrative == null) {
            throw new IllegalArgumentException("a narrative is required");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        traits = traits == null ? List.of() : List.copyOf(traits);
        if (category != ReasonCategory.UNKNOWN && sources.isEmpty()) {
            throw new IllegalArgumentException("a reason of '" + category.code() + "' needs a source");
        }
    }
}
