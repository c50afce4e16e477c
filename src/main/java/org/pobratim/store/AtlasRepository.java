package org.pobratim.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;

/**
 * Reads and writes sources, cities and ties with JDBI. Every write runs in one transaction and records a
 * {@link Revision} per changed record; nothing is deleted in place (a delete sets {@code deleted}).
 */
final class AtlasRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    AtlasRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Every live record, as one consistent snapshot; its version is the id of the latest revision. */
    Atlas loadAll() {
        return jdbi.inTransaction(h -> {
            long version = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM revision").mapTo(Long.class).one();
            return new Atlas(version, live(h, "source", RecordDocuments::source), live(h, "city", RecordDocuments::city),
                    live(h, "tie", RecordDocuments::tie));
        });
    }

    private static <T> List<T> live(Handle h, String table, Function<String, T> read) {
        return h.createQuery("SELECT doc FROM " + table + " WHERE deleted = FALSE ORDER BY id")
                .mapTo(String.class)
                .map(read::apply)
                .list();
    }

    ApplyResult apply(ChangeSet changes, String actor) {
        return jdbi.inTransaction(h -> {
            OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
            Counts counts = new Counts();
            for (Source source : changes.sources()) {
                upsert(h, "source", source.id(), RecordDocuments.write(source), List.of(), actor, now, counts);
            }
            for (City city : changes.cities()) {
                List<Column> columns = List.of(
                        new Column("country", city.country(), String.class),
                        new Column("name_en", city.displayName(), String.class),
                        new Column("lat", city.location().lat(), Double.class),
                        new Column("lon", city.location().lon(), Double.class),
                        new Column("geonames_id", city.geonamesId(), Long.class),
                        new Column("wikidata_id", city.wikidataId(), String.class));
                upsert(h, "city", city.id(), RecordDocuments.write(city), columns, actor, now, counts);
            }
            for (Tie tie : changes.ties()) {
                List<Column> columns = List.of(
                        new Column("city_a", tie.cityA(), String.class),
                        new Column("city_b", tie.cityB(), String.class),
                        new Column("established_year", tie.established().yearOrNull(), Integer.class));
                upsert(h, "tie", tie.id(), RecordDocuments.write(tie), columns, actor, now, counts);
            }
            return new ApplyResult(counts.created, counts.updated, counts.unchanged);
        });
    }

    private static final class Counts {
        int created;
        int updated;
        int unchanged;
    }

    /** A searchable column kept beside the JSON record; the type says how to bind a null. */
    private record Column(String name, Object value, Class<?> type) {
    }

    private record Stored(String doc, int version, boolean deleted) {
    }

    private void upsert(Handle h, String table, String id, String doc, List<Column> columns, String actor,
                        OffsetDateTime now, Counts counts) {
        Optional<Stored> existing = h.createQuery("SELECT doc, version, deleted FROM " + table + " WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(rs.getString("doc"), rs.getInt("version"), rs.getBoolean("deleted")))
                .findOne();
        if (existing.isEmpty()) {
            List<String> names = columns.stream().map(Column::name).toList();
            String sql = "INSERT INTO " + table + " (id, " + join(names, Function.identity())
                    + "doc, version, updated_at, deleted) VALUES (:id, " + join(names, c -> ":" + c)
                    + ":doc, 1, :now, FALSE)";
            bindAll(h.createUpdate(sql), columns).bind("id", id).bind("doc", doc).bind("now", now).execute();
            revision(h, table, id, 1, "create", now, actor, null, doc);
            counts.created++;
        } else if (existing.get().doc().equals(doc) && !existing.get().deleted()) {
            counts.unchanged++;
        } else {
            Stored before = existing.get();
            String sql = "UPDATE " + table + " SET " + join(columns.stream().map(Column::name).toList(), c -> c + " = :" + c)
                    + "doc = :doc, version = :version, updated_at = :now, deleted = FALSE WHERE id = :id";
            bindAll(h.createUpdate(sql), columns).bind("id", id).bind("doc", doc).bind("now", now)
                    .bind("version", before.version() + 1).execute();
            revision(h, table, id, before.version() + 1, before.deleted() ? "restore" : "update", now, actor,
                    before.doc(), doc);
            counts.updated++;
        }
    }

    /** Marks a tie deleted (it stays in the table and its revisions); false when there is no live tie. */
    boolean softDeleteTie(String tieId, String actor) {
        return jdbi.inTransaction(h -> {
            Optional<Stored> existing = h.createQuery("SELECT doc, version, deleted FROM tie WHERE id = :id")
                    .bind("id", tieId)
                    .map((rs, ctx) -> new Stored(rs.getString("doc"), rs.getInt("version"), rs.getBoolean("deleted")))
                    .findOne()
                    .filter(s -> !s.deleted());
            if (existing.isEmpty()) {
                return false;
            }
            OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
            int version = existing.get().version() + 1;
            h.createUpdate("UPDATE tie SET deleted = TRUE, version = :version, updated_at = :now WHERE id = :id")
                    .bind("id", tieId).bind("version", version).bind("now", now).execute();
            revision(h, "tie", tieId, version, "delete", now, actor, existing.get().doc(), null);
            return true;
        });
    }

    List<Revision> revisions(String entityType, String entityId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM revision WHERE entity_type = :type AND entity_id = :id ORDER BY id")
                .bind("type", entityType)
                .bind("id", entityId)
                .map((rs, ctx) -> toRevision(rs))
                .list());
    }

    /** Counts rows, deleted ones included: what is physically in the store. */
    int rowCount(String table) {
        if (!List.of("source", "city", "tie", "revision").contains(table)) {
            throw new IllegalArgumentException("no table " + table);
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    private static Revision toRevision(ResultSet rs) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getInt("version"), rs.getString("action"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("before_doc"), rs.getString("after_doc"));
    }

    private static void revision(Handle h, String type, String id, int version, String action, OffsetDateTime at,
                                 String actor, String before, String after) {
        h.createUpdate("INSERT INTO revision (entity_type, entity_id, version, action, at, actor, before_doc, after_doc)"
                        + " VALUES (:type, :id, :version, :action, :at, :actor, :before, :after)")
                .bind("type", type).bind("id", id).bind("version", version).bind("action", action).bind("at", at)
                .bind("actor", actor).bind("before", before).bind("after", after)
                .execute();
    }

    private static String join(List<String> columns, Function<String, String> each) {
        StringBuilder s = new StringBuilder();
        columns.forEach(c -> s.append(each.apply(c)).append(", "));
        return s.toString();
    }

    private static Update bindAll(Update update, List<Column> columns) {
        columns.forEach(c -> update.bindByType(c.name(), c.value(), c.type()));
        return update;
    }
}
