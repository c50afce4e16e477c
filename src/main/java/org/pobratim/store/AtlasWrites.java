package org.pobratim.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The write transactions of the atlas records. On PostgreSQL, where several instances may share the store, they
 * are taken one at a time across all instances (a transaction-scoped advisory lock), so that revision ids follow
 * commit order and the version read before a write says whether anyone else wrote since this instance's snapshot;
 * and each commit is announced on {@link #CHANNEL} for the other instances' {@link ChangeFeed}.
 */
final class AtlasWrites {
    /** The PostgreSQL channel a commit is announced on; the payload is {@code instance version kind}. */
    static final String CHANNEL = "pobratim_changes";
    /** The advisory lock all writers of the atlas records take ("pobr" in ASCII). */
    private static final long WRITERS_LOCK = 0x706f6272L;

    private final Jdbi jdbi;
    private final boolean postgres;
    private final String instance;

    AtlasWrites(Jdbi jdbi, boolean postgres, String instance) {
        this.jdbi = jdbi;
        this.postgres = postgres;
        this.instance = instance;
    }

    /** What a write transaction returned, and the store's version just before and just after it. */
    record Written<T>(T value, long before, long after) {
    }

    /** What kind of write it was: one that touches only records, or an import (which also replaces findings). */
    enum Kind {
        RECORDS, IMPORT
    }

    /** Runs {@code write} in one transaction, serialized with every other writer, announcing it when it changed. */
    <T> Written<T> run(Kind kind, HandleCallback<T, RuntimeException> write) {
        return Reach.call(() -> jdbi.inTransaction(h -> {
            if (postgres) {
                h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) locked")
                        .bind("key", WRITERS_LOCK).mapTo(Integer.class).one();
            }
            long before = version(h);
            T value = write.withHandle(h);
            long after = version(h);
            if (postgres && (after != before || kind == Kind.IMPORT)) {
                h.createQuery("SELECT 1 FROM (SELECT pg_notify(:channel, :payload)) told")
                        .bind("channel", CHANNEL)
                        .bind("payload", instance + " " + after + " " + kind.name().toLowerCase())
                        .mapTo(Integer.class).one();
            }
            return new Written<>(value, before, after);
        }));
    }

    /** The id of the latest revision: the version of the snapshot that holds every committed write. */
    long version() {
        return Reach.call(() -> jdbi.withHandle(AtlasWrites::version));
    }

    /** The revisions after {@code version}, oldest first, at most {@code limit} of them. */
    List<Revision> after(long version, int limit) {
        return Reach.call(() -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM revision WHERE id > :version ORDER BY id LIMIT :limit")
                .bind("version", version).bind("limit", limit)
                .map((rs, ctx) -> AtlasRepository.toRevision(rs))
                .list()));
    }

    private static long version(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(id), 0) FROM revision").mapTo(Long.class).one();
    }
}
