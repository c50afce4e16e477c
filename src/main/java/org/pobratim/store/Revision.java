package org.pobratim.store;

import java.time.Instant;

/** One recorded change of a source, city or tie: who, when, and the record before and after (JSON, null = none). */
public record Revision(long id, String entityType, String entityId, int version, String action, Instant at,
                       String actor, String before, String after) {
}
