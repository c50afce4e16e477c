package org.pobratim.curation;

import java.time.Instant;
import java.util.List;

/** One revision of a record as the history shows it: who, when, what, and field by field. */
public record Change(long revision, String entityType, String entityId, int version, String action, Instant at,
                     String actor, List<FieldChange> fields) {
    public Change {
        fields = List.copyOf(fields);
    }
}
