package org.pobratim.store;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.City;
import org.pobratim.atlas.ImportFinding;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;
import org.pobratim.export.RecordDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to change the atlas: writes go to the store in one transaction with revisions, then a new
 * {@link Atlas} snapshot is built and swapped in atomically. Reads take {@link #current()} and never touch
 * the database.
 */
public final class AtlasService {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasService.class);
    /** Up to this many records written, the next snapshot is patched from the current one instead of reloaded. */
    private static final int PATCH_AT_MOST = 1000;

    private final AtlasWrites writes;
    private final AtlasRepository repository;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicReference<Atlas> current = new AtomicReference<>();
    private final List<Consumer<Atlas>> listeners = new CopyOnWriteArrayList<>();

    public AtlasService(Database database, Clock clock) {
        this.writes = new AtlasWrites(database.jdbi(), database.config().isPostgres(), instance);
        this.repository = new AtlasRepository(database.jdbi(), writes, clock);
        refresh();
    }

    /** This instance's name in the announcements of its commits (so that it does not catch up with itself). */
    String instance() {
        return instance;
    }

    /** The snapshot to read from; it never changes, a later write swaps in a new one. */
    public Atlas current() {
        return current.get();
    }

    /** Creates or updates the given records in one transaction; all or nothing. */
    public synchronized ApplyResult apply(ChangeSet changes, String actor) {
        return applied(repository.apply(changes, actor, null), changes, actor);
    }

    /**
     * A record's version the write expects ({@code type}: source, city or tie; 0 for a record not yet stored).
     */
    public record Expected(String type, String id, int version) {
        public Expected {
            if (!List.of("source", "city", "tie").contains(type)) {
                throw new IllegalArgumentException("no kind of record " + type);
            }
        }

        /** Throws {@link Moved} unless the record is at the version expected (in the write's transaction). */
        void check(org.jdbi.v3.core.Handle h) {
            int now = h.createQuery("SELECT version FROM " + type + " WHERE id = :id").bind("id", id)
                    .mapTo(Integer.class).findOne().orElse(0);
            if (now != version) {
                throw new Moved(now);
            }
        }
    }

    /** The record a write expected at one version was at another ({@code now}) when the write came to commit. */
    public static final class Moved extends RuntimeException {
        private final int now;

        Moved(int now) {
            super("the record is at version " + now, null, false, false);
            this.now = now;
        }

        public int now() {
            return now;
        }
    }

    /**
     * Applies the changes only if the record {@code expected} names is still at its version, checked under the
     * writers' lock that every instance on the store takes.
     *
     * @throws Moved when it is not, and nothing is written
     */
    public synchronized ApplyResult apply(ChangeSet changes, String actor, Expected expected) {
        return applied(repository.apply(changes, actor, expected), changes, actor);
    }

    private ApplyResult applied(AtlasWrites.Written<ApplyResult> written, ChangeSet changes, String actor) {
        ApplyResult result = written.value();
        if (result.changed() > 0) {
            if (changes.sources().size() + changes.cities().size() + changes.ties().size() <= PATCH_AT_MOST) {
                patch(written, changes, Set.of());
            } else {
                refresh();
            }
        }
        LOG.info("applied changes by {}: {} created, {} updated, {} unchanged; snapshot version {}", actor,
                result.created(), result.updated(), result.unchanged(), current().version());
        return result;
    }

    /**
     * Applies an import of lists in one transaction: its records, the ties it deletes (soft, with a revision), and
     * its findings in place of the earlier findings of the same lists ({@code listSources}).
     */
    public ApplyResult applyImport(ChangeSet changes, Collection<String> listSources, List<ImportFinding> findings,
                                   String actor) {
        return applyImport(changes, List.of(), listSources, findings, actor);
    }

    /** An import of lists that also deletes ties (those only its lists named, and name no longer). */
    public synchronized ApplyResult applyImport(ChangeSet changes, Collection<String> deletedTies,
                                                Collection<String> listSources, List<ImportFinding> findings,
                                                String actor) {
        ApplyResult result = repository.applyImport(changes, deletedTies, listSources, findings, actor).value();
        refresh();
        LOG.info("imported lists {} by {}: {} created, {} updated, {} unchanged, {} findings; snapshot version {}",
                listSources, actor, result.created(), result.updated(), result.unchanged(), findings.size(),
                current().version());
        return result;
    }

    /** Soft-deletes a tie (a revision keeps it); false when there is no such live tie. */
    public synchronized boolean deleteTie(String tieId, String actor) {
        AtlasWrites.Written<Boolean> written = repository.softDeleteTie(tieId, actor);
        boolean deleted = written.value();
        if (deleted) {
            patch(written, new ChangeSet(List.of(), List.of(), List.of()), Set.of(tieId));
            LOG.info("tie {} deleted by {}", tieId, actor);
        }
        return deleted;
    }

    /** The revisions of one record, oldest first; entity type is source, city or tie. */
    public List<Revision> revisions(String entityType, String entityId) {
        return repository.revisions(entityType, entityId);
    }

    /** Rows in a table, deleted ones included. */
    public int rowCount(String table) {
        return repository.rowCount(table);
    }

    /** Tells {@code listener} of every new snapshot (the read side rebuilds what it derives from it). */
    public void onChange(Consumer<Atlas> listener) {
        listeners.add(listener);
    }

    /**
     * The next snapshot from the current one and what this instance just committed, without reading the store back:
     * the records written are the records given (the store keeps them as they are). When someone else wrote since
     * this instance's snapshot, it catches up with their revisions as well.
     */
    private void patch(AtlasWrites.Written<?> written, ChangeSet changes, Set<String> deletedTies) {
        Atlas before = current();
        if (written.before() != before.version()) {
            catchUp();
            return;
        }
        Edit edit = new Edit(before);
        changes.sources().forEach(s -> edit.sources.put(s.id(), s));
        changes.cities().forEach(c -> edit.cities.put(c.id(), c));
        changes.ties().forEach(t -> edit.ties.put(t.id(), t));
        deletedTies.forEach(edit.ties::remove);
        publish(edit.next(written.after()));
    }

    /**
     * Brings the snapshot up to the store's latest version by the revisions committed since (by another instance,
     * most often): a patch when they are few, a full reload when they are many. Nothing when it is up to date.
     */
    public synchronized void catchUp() {
        Atlas before = current();
        List<Revision> since = writes.after(before.version(), PATCH_AT_MOST + 1);
        if (since.isEmpty()) {
            return;
        }
        if (since.size() > PATCH_AT_MOST) {
            refresh();
            return;
        }
        Edit edit = new Edit(before);
        for (Revision r : since) {
            switch (r.entityType()) {
                case "source" -> put(edit.sources, r, RecordDocuments::source);
                case "city" -> put(edit.cities, r, RecordDocuments::city);
                case "tie" -> put(edit.ties, r, RecordDocuments::tie);
                default -> throw new IllegalStateException("revision " + r.id() + " of an unknown kind " + r.entityType());
            }
        }
        long version = since.get(since.size() - 1).id();
        publish(edit.next(version));
        LOG.info("caught up with {} revisions by other instances: snapshot version {}", since.size(), version);
    }

    /** A snapshot's records copied to be written to, and the snapshot of a version made of them. */
    private static final class Edit {
        private final Atlas before;
        final Map<String, Source> sources;
        final Map<String, City> cities;
        final Map<String, Tie> ties;

        Edit(Atlas before) {
            this.before = before;
            this.sources = new TreeMap<>(before.sources());
            this.cities = new TreeMap<>(before.cities());
            this.ties = new TreeMap<>(before.ties());
        }

        Atlas next(long version) {
            return Atlas.next(before, version, sources.values(), cities.values(), ties.values(), before.findings());
        }
    }

    private static <T> void put(Map<String, T> records, Revision r, Function<String, T> read) {
        if (r.after() == null) {
            records.remove(r.entityId());
        } else {
            records.put(r.entityId(), read.apply(r.after()));
        }
    }

    private void publish(Atlas atlas) {
        current.set(atlas);
        listeners.forEach(l -> l.accept(atlas));
    }

    /** Rebuilds the snapshot from the store (after a write here, or one by another instance). */
    public synchronized void refresh() {
        publish(repository.loadAll());
    }
}
