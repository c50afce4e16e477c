package org.pobratim.curation;

import java.time.Instant;
import org.pobratim.atlas.Tie;

/**
 * A proposed change of a tie: the tie as its proposer wants it, the version of the tie it was made against (for
 * optimistic concurrency), a note (where the fact comes from), and what became of it.
 *
 * @param revertsRevision the revision it restores, for a revert (null otherwise)
 * @param revision        the revision its acceptance wrote (null until accepted)
 */
public record Proposal(long id, String tieId, Tie proposed, int baseVersion, String note, String proposer,
                       Instant createdAt, State state, String reviewer, Instant reviewedAt, Long revertsRevision,
                       Long revision) {
    public enum State {
        OPEN, ACCEPTED, REJECTED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
