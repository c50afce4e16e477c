package org.pobratim.atlas;

import java.util.List;

/** Whether a tie is alive, since when, and who says so. */
public record TieStatus(TieState state, PartialDate since, String note, List<String> sources) {
    public static final TieStatus UNKNOWN = new TieStatus(TieState.UNKNOWN, PartialDate.UNKNOWN, null, List.of());

    public TieStatus {
        if (state == null) {
            throw new IllegalArgumentException("state is required");
        }
        since = since == null ? PartialDate.UNKNOWN : since;
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (state != TieState.UNKNOWN && sources.isEmpty()) {
            throw new IllegalArgumentException("a status of '" + state.code() + "' needs a source");
        }
    }
}
