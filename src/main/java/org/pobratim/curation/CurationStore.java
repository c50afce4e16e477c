package org.pobratim.curation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pobratim.atlas.Tie;

/**
 * What curation needs of the store (store/CurationRepository): proposals, the ties' versions and revisions, a field
 * diff of two records, and the one write. Throws {@link org.pobratim.account.StoreUnreachable} when the store
 * cannot be reached.
 */
public interface CurationStore {
    long addProposal(Tie proposed, int baseVersion, String note, String proposer, Instant at, Long revertsRevision);

    Optional<Proposal> proposal(long id);

    /** Open proposals, oldest first; of one proposer when {@code proposer} is not null. */
    List<Proposal> open(String proposer);

    void decide(long id, Proposal.State state, String reviewer, Instant at, Long revision);

    /** The tie's current version in the store (0 when it has none). */
    int version(String tieId);

    /** The tie's revisions, newest first, each with its field changes. */
    List<Change> history(String tieId);

    /** The latest revisions of all records by people (imports and seeds left out), newest first. */
    List<Change> recent(int limit);

    /** The tie as one of its revisions left it. */
    Optional<Tie> tieAt(String tieId, long revision);

    List<FieldChange> diff(Tie before, Tie after);

    /** Writes the tie (one revision by {@code actor}); the snapshot follows. The revision's number. */
    long write(Tie tie, String actor);
}
