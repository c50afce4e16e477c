package org.pobratim.atlas;

import java.util.List;

/** One signed (or declared) agreement in the life of a tie, with its kind, date and sources. */
public record Agreement(AgreementKind kind, PartialDate date, String title, List<String> sources) {
    public Agreement {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        date = date == null ? PartialDate.UNKNOWN : date;
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("an agreement needs at least one source");
        }
        sources = List.copyOf(sources);
    }
}
