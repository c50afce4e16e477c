package org.pobratim.store;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.ImportFinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to change the atlas: writes go to the store in one transaction with revisions, then a new
 * {@link Atlas} snapshot is built and swapped in atomically. Reads take {@link #current()} and never touch
 * the database.
 */
public final class AtlasService {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasService.class);

    private final AtlasRepository repository;
    private final AtomicReference<Atlas> current = new AtomicReference<>();
    private final List<Consumer<Atlas>> listeners = new CopyOnWriteArrayList<>();

    public AtlasService(Database database, Clock clock) {
        this.repository = new AtlasRepository(database.jdbi(), clock);
        refresh();
    }

    /** The snapshot to read from; it never changes, a later write swaps in a new one. */
    public Atlas current() {
        return current.get();
    }

    /** Creates or updates the given records in one transaction; all or nothing. */
    public synchronized ApplyResult apply(ChangeSet changes, String actor) {
        ApplyResult result = repository.apply(changes, actor);
        if (result.changed() > 0) {
            refresh();
        }
        LOG.info("applied changes by {}: {} created, {} updated, {} unchanged; snapshot version {}", actor,
                result.created(), result.updated(), result.unchanged(), current().version());
        return result;
    }

    /**
     * Applies an import of lists in one transaction: its records, and its findings in place of the earlier findings
     * of the same lists ({@code listSources}).
     */
    public synchronized ApplyResult applyImport(ChangeSet changes, Collection<String> listSources,
                                                List<ImportFinding> findings, String actor) {
        ApplyResult result = repository.applyImport(changes, listSources, findings, actor);
        refresh();
        LOG.info("imported lists {} by {}: {} created, {} updated, {} unchanged, {} findings; snapshot version {}",
                listSources, actor, result.created(), result.updated(), result.unchanged(), findings.size(),
                current().version());
        return result;
    }

    /** Soft-deletes a tie (a revision keeps it); false when there is no such live tie. */
    public synchronized boolean deleteTie(String tieId, String actor) {
        boolean deleted = repository.softDeleteTie(tieId, actor);
        if (deleted) {
            refresh();
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

    /** Rebuilds the snapshot from the store (after a write here, or one by another instance). */
    public synchronized void refresh() {
        Atlas atlas = repository.loadAll();
        current.set(atlas);
        listeners.forEach(l -> l.accept(atlas));
    }
}
