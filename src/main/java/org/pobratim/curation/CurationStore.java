package org.pobratim.curation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What curation needs of the store (store/CurationRepository): proposals, the records' versions and revisions, a
 * field diff of two records, and the one write. A record is named by its type ({@code tie}, {@code city},
 * {@code source}) and id. Throws {@link org.pobratim.account.StoreUnreachable} when the store cannot be reached.
 */
public interface CurationStore {
    long addProposal(Proposed proposed, int baseVersion, String note, String proposer, Instant at,
                     Long revertsRevision);

    Optional<Proposal> proposal(long id);

    /** Open proposals, oldest first; of one proposer when {@code proposer} is not null. */
    List<Proposal> open(String proposer);

    void decide(long id, Proposal.State state, String reviewer, Instant at, Long revision);

    /** The record's current version in the store (0 when it has none). */
    int version(String type, String id);

    /** The record's revisions, newest first, each with its field changes. */
    List<Change> history(String type, String id);

    /** The latest revisions of all records by people (imports and seeds left out), newest first. */
    List<Change> recent(int limit);

    /** The record as one of its revisions left it. */
    Optional<Proposed> recordAt(String type, String id, long revision);

    /** Field by field, {@code before} (null for none) against {@code after}. */
    List<FieldChange> diff(Proposed before, Proposed after);

    /**
     * Writes the record (one revision by {@code actor}) if it is still at {@code expectedVersion} as the write
     * commits, checked under the writers' lock (on any instance sharing the store); the snapshot follows. The
     * revision's number.
     *
     * @throws Moved when the record is at another version, and nothing is written
     */
    long write(Proposed record, int expectedVersion, String actor);

    /** The record a write expected at one version was at another, {@code now}. */
    final class Moved extends RuntimeException {
        private final int now;

        public Moved(int now) {
            super("the record is at version " + now, null, false, false);
            this.now = now;
        }

        public int now() {
            return now;
        }
    }
}
