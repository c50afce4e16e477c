package org.pobratim.curation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pobratim.account.Account;
import org.pobratim.account.Role;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;

/**
 * The rules of changing the atlas (docs/curation.md): a contributor's change is a proposal until a reviewer other
 * than its proposer accepts it; accepted, it is one revision and the snapshot follows. A proposal made against an
 * older version of the tie, or accepted after the tie changed, is refused with what changed meanwhile — no lost
 * update. A revert is a proposal like any other.
 */
public final class Curation {
    public static final int MAX_NOTE = 1000;

    private final CurationStore store;
    private final java.util.function.Supplier<Atlas> atlas;
    private final Clock clock;

    public Curation(CurationStore store, java.util.function.Supplier<Atlas> atlas, Clock clock) {
        this.store = store;
        this.atlas = atlas;
        this.clock = clock;
    }

    /** Refused: why, which field (null for none), and for a conflict what changed meanwhile. */
    public static final class Refused extends RuntimeException {
        private final String field;
        private final int status;
        private final List<FieldChange> meanwhile;

        Refused(int status, String field, String message, List<FieldChange> meanwhile) {
            super(message);
            this.status = status;
            this.field = field;
            this.meanwhile = List.copyOf(meanwhile);
        }

        public static Refused bad(String field, String message) {
            return new Refused(400, field, message, List.of());
        }

        public String field() {
            return field;
        }

        /** 400 (bad input), 403 (not allowed), 404 (no such thing), 409 (changed meanwhile). */
        public int status() {
            return status;
        }

        public List<FieldChange> meanwhile() {
            return meanwhile;
        }
    }

    public int version(String tieId) {
        return store.version("tie", tieId);
    }

    /** A record's version in the store ({@code type}: tie, city or source); 0 for none. */
    public int version(String type, String id) {
        return store.version(type, id);
    }

    /**
     * A contributor proposes the tie as {@code proposed}, seen at {@code seenVersion} (0 for a tie the atlas does not
     * have yet: a new tie). The listings the atlas has for the tie are kept (lists, not people, change them).
     */
    public long propose(Account account, Tie proposed, int seenVersion, String note) {
        require(account, Role.CONTRIBUTOR);
        Atlas now = atlas.get();
        for (String city : List.of(proposed.cityA(), proposed.cityB())) {
            if (now.city(city).isEmpty()) {
                throw Refused.bad("partner", "no city '" + city + "' in the atlas");
            }
        }
        requireSources(now, proposed.sourceIds());
        Optional<Tie> current = now.tie(proposed.id());
        Tie kept = current.filter(c -> proposed.listings().isEmpty() && !c.listings().isEmpty())
                .map(c -> new Tie(proposed.cityA(), proposed.cityB(), proposed.agreements(), proposed.status(),
                        proposed.reasons(), proposed.activity(), proposed.conflicts(), c.listings()))
                .orElse(proposed);
        return add(account, new Proposed.OfTie(kept), seenVersion, note);
    }

    /** A contributor proposes a city as {@code proposed} (its names, place, population, census…). */
    public long propose(Account account, City proposed, int seenVersion, String note) {
        require(account, Role.CONTRIBUTOR);
        Atlas now = atlas.get();
        List<String> cited = new ArrayList<>(proposed.sources());
        if (proposed.population() != null && proposed.population().source() != null) {
            cited.add(proposed.population().source());
        }
        if (proposed.census() != null) {
            cited.addAll(proposed.census().sources());
        }
        requireSources(now, cited);
        if (proposed.admin() != null && proposed.admin().parent() != null
                && now.city(proposed.admin().parent()).filter(Serbia::isUnit).isEmpty()) {
            throw Refused.bad("admin.parent", "'" + proposed.admin().parent() + "' is not a Serbian unit of the atlas");
        }
        return add(account, new Proposed.OfCity(proposed), seenVersion, note);
    }

    /** A contributor proposes a source (new, or put right: its title, url, tier…). */
    public long propose(Account account, Source proposed, int seenVersion, String note) {
        require(account, Role.CONTRIBUTOR);
        return add(account, new Proposed.OfSource(proposed), seenVersion, note);
    }

    /** A contributor proposes whichever record {@code proposed} is, checked as its own kind is. */
    public long propose(Account account, Proposed proposed, int seenVersion, String note) {
        if (proposed instanceof Proposed.OfTie t) {
            return propose(account, t.tie(), seenVersion, note);
        }
        if (proposed instanceof Proposed.OfCity c) {
            return propose(account, c.city(), seenVersion, note);
        }
        return propose(account, ((Proposed.OfSource) proposed).source(), seenVersion, note);
    }

    private long add(Account account, Proposed proposed, int seenVersion, String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw Refused.bad("note", "a note has at most " + MAX_NOTE + " characters");
        }
        int stored = store.version(proposed.type(), proposed.id());
        if (stored != seenVersion) {
            throw conflict(proposed.type(), proposed.id(), seenVersion, stored);
        }
        if (current(proposed.type(), proposed.id()).filter(proposed::equals).isPresent()) {
            throw Refused.bad(null, "the proposal changes nothing");
        }
        return store.addProposal(proposed, seenVersion, note == null ? "" : note.strip(), account.name(),
                clock.instant(), null);
    }

    private static void requireSources(Atlas now, java.util.Collection<String> ids) {
        for (String source : ids) {
            if (now.sources().get(source) == null) {
                throw Refused.bad("sources", "no source with id '" + source + "' (cite a source the atlas has)");
            }
        }
    }

    /** The record as the atlas has it now. */
    public Optional<Proposed> current(String type, String id) {
        Atlas now = atlas.get();
        return switch (type) {
            case "tie" -> now.tie(id).map(Proposed.OfTie::new);
            case "city" -> now.city(id).map(Proposed.OfCity::new);
            case "source" -> Optional.ofNullable(now.sources().get(id)).map(Proposed.OfSource::new);
            default -> Optional.empty();
        };
    }

    /** Proposes to restore the record as revision {@code revision} left it. */
    public long proposeRevert(Account account, String type, String id, long revision) {
        require(account, Role.CONTRIBUTOR);
        Proposed then = store.recordAt(type, id, revision).orElseThrow(() -> new Refused(404, "revision",
                "no revision " + revision + " of " + type + " " + id, List.of()));
        Proposed current = current(type, id).orElseThrow(() -> new Refused(404, null, "no " + type + " " + id,
                List.of()));
        if (current.equals(then)) {
            throw Refused.bad("revision", "the " + type + " is already as revision " + revision + " left it");
        }
        return store.addProposal(then, store.version(type, id), "revert to revision " + revision, account.name(),
                clock.instant(), revision);
    }

    /** What restoring revision {@code revision} would change, against the record as it is now. */
    public List<FieldChange> revertDiff(String type, String id, long revision) {
        Proposed then = store.recordAt(type, id, revision).orElseThrow(() -> new Refused(404, "revision",
                "no revision " + revision + " of " + type + " " + id, List.of()));
        return store.diff(current(type, id).orElse(null), then);
    }

    public Optional<Proposal> proposal(long id) {
        return store.proposal(id);
    }

    /** What a proposal would change, against the record as it is now (every field, for a new one). */
    public List<FieldChange> diff(Proposal p) {
        return store.diff(current(p.proposed().type(), p.proposed().id()).orElse(null), p.proposed());
    }

    /** The open proposals a reviewer may decide, or a contributor's own. */
    public List<Proposal> open(Account account) {
        require(account, Role.CONTRIBUTOR);
        return store.open(account.role().includes(Role.REVIEWER) ? null : account.name());
    }

    /**
     * Accepts a proposal: its record is written only if it is still at the version the proposal was made against,
     * checked by the store as it writes, under the lock every instance sharing the store takes; else refused with
     * what changed meanwhile.
     */
    public long accept(Account reviewer, long proposalId) {
        Proposal p = decidable(reviewer, proposalId);
        String type = p.proposed().type();
        String id = p.proposed().id();
        long revision;
        try {
            revision = store.write(p.proposed(), p.baseVersion(), reviewer.name() + " (accepting proposal " + p.id()
                    + " by " + p.proposer() + ")");
        } catch (CurationStore.Moved e) {
            throw conflict(type, id, p.baseVersion(), e.now());
        }
        store.decide(p.id(), Proposal.State.ACCEPTED, reviewer.name(), clock.instant(), revision);
        return revision;
    }

    public void reject(Account reviewer, long proposalId) {
        Proposal p = decidable(reviewer, proposalId);
        store.decide(p.id(), Proposal.State.REJECTED, reviewer.name(), clock.instant(), null);
    }

    public List<Change> history(String type, String id) {
        return store.history(type, id);
    }

    public List<Change> recent(int limit) {
        return store.recent(limit);
    }

    private Proposal decidable(Account reviewer, long proposalId) {
        require(reviewer, Role.REVIEWER);
        Proposal p = store.proposal(proposalId).orElseThrow(() -> new Refused(404, null,
                "no proposal " + proposalId, List.of()));
        if (p.state() != Proposal.State.OPEN) {
            throw Refused.bad(null, "proposal " + proposalId + " is already " + p.state().code());
        }
        if (p.proposer().equals(reviewer.name())) {
            throw new Refused(403, null, "a reviewer cannot accept or reject their own proposal", List.of());
        }
        return p;
    }

    /** Refused with what changed between the version seen and the record now. */
    private Refused conflict(String type, String id, int seen, int now) {
        List<FieldChange> meanwhile = store.history(type, id).stream().filter(c -> c.version() > seen)
                .flatMap(c -> c.fields().stream()).toList();
        return new Refused(409, "version", "the " + type + " changed since version " + seen + " (it is at version "
                + now + "); look at what changed and propose again", meanwhile);
    }

    private static void require(Account account, Role role) {
        if (account == null || !account.role().includes(role)) {
            throw new Refused(403, null, "a " + role.code() + " may do this", List.of());
        }
    }
}
