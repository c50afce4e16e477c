package org.pobratim.curation;

import java.time.Instant;

/**
 * A proposed change of a record (a tie, a city, a source): the record as its proposer wants it, the version of the
 * record it was made against (0 for a new one; for optimistic concurrency), a note (where the fact comes from), and
 * what became of it.
 *
 * @param revertsRevision the revision it restores, for a revert (null otherwise)
 * @param revision        the revision its acceptance wrote (null until accepted)
 */
public record Proposal(long id, Proposed proposed, int baseVersion, String note, String proposer,
                       Instant createdAt, State state, String reviewer, Instant reviewedAt, Long revertsRevision,
                       Long revision) {
    public enum State {
        OPEN, ACCEPTED, REJECTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
