package org.pobratim.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The writes of one table: each record created, updated (new version, revision) or left as it is; many are
 * compared with the stored ones read in one query and written in batches (a world import writes 40,000).
 */
final class TableWrites {
    /** What a write of several tables did to their records. */
    static final class Counts {
        int created, updated, unchanged;

        ApplyResult result() {
            return new ApplyResult(created, updated, unchanged);
        }
    }

    /** A searchable column kept beside the JSON record; the type says how to bind a null. */
    record Column(String name, Object value, Class<?> type) {
    }

    record Stored(String doc, int version, boolean deleted) {
    }

    private record Pending(String id, String doc, List<Column> columns) {
    }

    private static final int LOAD_ALL_FROM = 200;
    private final String table;
    private final List<String> columns;
    private final List<Pending> pending = new ArrayList<>();

    TableWrites(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    void add(String id, String doc, List<Column> values) {
        pending.add(new Pending(id, doc, values));
    }

    void run(Handle h, String actor, OffsetDateTime now, Counts counts) {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Stored> stored = stored(h);
        PreparedBatch inserts = h.prepareBatch("INSERT INTO " + table + " (id, " + join(columns, c -> c)
                + "doc, version, updated_at, deleted) VALUES (:id, " + join(columns, c -> ":" + c)
                + ":doc, 1, :now, FALSE)");
        PreparedBatch updates = h.prepareBatch("UPDATE " + table + " SET " + join(columns, c -> c + " = :" + c)
                + "doc = :doc, version = :version, updated_at = :now, deleted = FALSE WHERE id = :id");
        PreparedBatch revisions = h.prepareBatch("INSERT INTO revision (entity_type, entity_id, version, action,"
                + " at, actor, before_doc, after_doc) VALUES (:type, :id, :version, :action, :at, :actor,"
                + " :before, :after)");
        int inserted = 0;
        int updated = 0;
        for (Pending p : pending) {
            Stored before = stored.get(p.id());
            if (before == null) {
                bindAll(inserts, p.columns()).bind("id", p.id()).bind("doc", p.doc()).bind("now", now).add();
                revision(revisions, table, p.id(), 1, "create", now, actor, null, p.doc());
                stored.put(p.id(), new Stored(p.doc(), 1, false));
                inserted++;
                counts.created++;
            } else if (before.doc().equals(p.doc()) && !before.deleted()) {
                counts.unchanged++;
            } else {
                int version = before.version() + 1;
                bindAll(updates, p.columns()).bind("id", p.id()).bind("doc", p.doc()).bind("now", now)
                        .bind("version", version).add();
                revision(revisions, table, p.id(), version, before.deleted() ? "restore" : "update", now, actor,
                        before.doc(), p.doc());
                stored.put(p.id(), new Stored(p.doc(), version, false));
                updated++;
                counts.updated++;
            }
        }
        if (inserted > 0) {
            inserts.execute();
        }
        if (updated > 0) {
            updates.execute();
        }
        if (inserted + updated > 0) {
            revisions.execute();
        }
    }

    /** The stored versions of the pending records: all of the table's at once when there are many. */
    private Map<String, Stored> stored(Handle h) {
        Map<String, Stored> stored = new HashMap<>();
        if (pending.size() >= LOAD_ALL_FROM) {
            h.createQuery("SELECT id, doc, version, deleted FROM " + table)
                    .map((rs, ctx) -> Map.entry(rs.getString("id"), new Stored(rs.getString("doc"),
                            rs.getInt("version"), rs.getBoolean("deleted"))))
                    .forEach(e -> stored.put(e.getKey(), e.getValue()));
            return stored;
        }
        for (Pending p : pending) {
            h.createQuery("SELECT doc, version, deleted FROM " + table + " WHERE id = :id").bind("id", p.id())
                    .map((rs, ctx) -> new Stored(rs.getString("doc"), rs.getInt("version"),
                            rs.getBoolean("deleted")))
                    .findOne().ifPresent(s -> stored.put(p.id(), s));
        }
        return stored;
    }

    private static void revision(PreparedBatch batch, String type, String id, int version, String action,
                                 OffsetDateTime at, String actor, String before, String after) {
        batch.bind("type", type).bind("id", id).bind("version", version).bind("action", action).bind("at", at)
                .bind("actor", actor).bindByType("before", before, String.class)
                .bindByType("after", after, String.class).add();
    }

    private static String join(List<String> columns, Function<String, String> each) {
        StringBuilder s = new StringBuilder();
        columns.forEach(c -> s.append(each.apply(c)).append(", "));
        return s.toString();
    }

    private static PreparedBatch bindAll(PreparedBatch batch, List<Column> columns) {
        columns.forEach(c -> batch.bindByType(c.name(), c.value(), c.type()));
        return batch;
    }
}
