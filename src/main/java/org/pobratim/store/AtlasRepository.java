package org.pobratim.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.City;
import org.pobratim.atlas.ImportFinding;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;
import org.pobratim.export.RecordDocuments;

/**
 * Reads and writes sources, cities and ties with JDBI. Every write runs in one transaction and records a
 * {@link Revision} per changed record; nothing is deleted in place (a delete sets {@code deleted}).
 */
final class AtlasRepository {
    private final Jdbi jdbi;
    private final AtlasWrites writes;
    private final Clock clock;

    AtlasRepository(Jdbi jdbi, AtlasWrites writes, Clock clock) {
        this.jdbi = jdbi;
        this.writes = writes;
        this.clock = clock;
    }

    /** Every live record, as one consistent snapshot; its version is the id of the latest revision. */
    Atlas loadAll() {
        return Reach.call(() -> jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            long version = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM revision").mapTo(Long.class).one();
            List<ImportFinding> findings = h.createQuery("SELECT * FROM import_finding ORDER BY id")
                    .map((rs, ctx) -> new ImportFinding(rs.getString("source"),
                            Coded.parse(ImportFinding.Kind.class, rs.getString("kind")).orElseThrow(),
                            rs.getString("file"), rs.getLong("line"), rs.getString("subject"), rs.getString("country"),
                            rs.getString("reason"), rs.getString("candidates").isEmpty() ? List.of()
                            : List.of(rs.getString("candidates").split("\n"))))
                    .list();
            return new Atlas(version, live(h, "source", RecordDocuments::source), live(h, "city", RecordDocuments::city),
                    live(h, "tie", RecordDocuments::tie), findings);
        }));
    }

    private static <T> List<T> live(Handle h, String table, Function<String, T> read) {
        return h.createQuery("SELECT doc FROM " + table + " WHERE deleted = FALSE ORDER BY id")
                .mapTo(String.class)
                .map(read::apply)
                .list();
    }

    /**
     * Applies the changes; with {@code expected} (or null), only if that record is at its version once the
     * writers' lock is held, so that no writer on any instance can move it between the check and the write.
     */
    AtlasWrites.Written<ApplyResult> apply(ChangeSet changes, String actor, AtlasService.Expected expected) {
        return writes.run(AtlasWrites.Kind.RECORDS, h -> {
            if (expected != null) {
                expected.check(h);
            }
            return applyIn(h, changes, actor);
        });
    }

    /** Applies an import of lists in one transaction: records, deleted ties, findings replacing the lists' earlier. */
    AtlasWrites.Written<ApplyResult> applyImport(ChangeSet changes, Collection<String> deletedTies,
                                                 Collection<String> listSources, List<ImportFinding> findings,
                                                 String actor) {
        return writes.run(AtlasWrites.Kind.IMPORT, h -> {
            ApplyResult result = applyIn(h, changes, actor);
            for (String tie : deletedTies) {
                softDeleteIn(h, tie, actor);
            }
            for (String source : listSources) {
                h.createUpdate("DELETE FROM import_finding WHERE source = :source").bind("source", source).execute();
            }
            PreparedBatch batch = h.prepareBatch("INSERT INTO import_finding (source, kind, file, line, subject,"
                    + " country, reason, candidates) VALUES (:source, :kind, :file, :line, :subject, :country,"
                    + " :reason, :candidates)");
            for (ImportFinding f : findings) {
                batch.bind("source", f.source()).bind("kind", f.kind().code()).bind("file", f.file())
                        .bind("line", f.line()).bind("subject", f.subject())
                        .bindByType("country", f.country(), String.class).bind("reason", f.reason())
                        .bind("candidates", String.join("\n", f.candidates())).add();
            }
            if (!findings.isEmpty()) {
                batch.execute();
            }
            return result;
        });
    }

    private ApplyResult applyIn(Handle h, ChangeSet changes, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        TableWrites.Counts counts = new TableWrites.Counts();
        TableWrites sources = new TableWrites("source", List.of());
        for (Source source : changes.sources()) {
            sources.add(source.id(), RecordDocuments.write(source), List.of());
        }
        sources.run(h, actor, now, counts);
        TableWrites cities = new TableWrites("city", List.of("country", "name_en", "lat", "lon", "geonames_id", "wikidata_id"));
        for (City city : changes.cities()) {
            cities.add(city.id(), RecordDocuments.write(city), List.of(
                    new TableWrites.Column("country", city.country(), String.class),
                    new TableWrites.Column("name_en", city.displayName(), String.class),
                    new TableWrites.Column("lat", city.location().lat(), Double.class),
                    new TableWrites.Column("lon", city.location().lon(), Double.class),
                    new TableWrites.Column("geonames_id", city.geonamesId(), Long.class),
                    new TableWrites.Column("wikidata_id", city.wikidataId(), String.class)));
        }
        cities.run(h, actor, now, counts);
        TableWrites ties = new TableWrites("tie", List.of("city_a", "city_b", "established_year"));
        for (Tie tie : changes.ties()) {
            ties.add(tie.id(), RecordDocuments.write(tie), List.of(
                    new TableWrites.Column("city_a", tie.cityA(), String.class),
                    new TableWrites.Column("city_b", tie.cityB(), String.class),
                    new TableWrites.Column("established_year", tie.established().yearOrNull(), Integer.class)));
        }
        ties.run(h, actor, now, counts);
        return counts.result();
    }

    /** Marks a tie deleted (it stays in the table and its revisions); false when there is no live tie. */
    AtlasWrites.Written<Boolean> softDeleteTie(String tieId, String actor) {
        return writes.run(AtlasWrites.Kind.RECORDS, h -> softDeleteIn(h, tieId, actor));
    }

    private boolean softDeleteIn(Handle h, String tieId, String actor) {
        Optional<TableWrites.Stored> existing = h.createQuery("SELECT doc, version, deleted FROM tie WHERE id = :id")
                .bind("id", tieId)
                .map((rs, ctx) -> new TableWrites.Stored(rs.getString("doc"), rs.getInt("version"), rs.getBoolean("deleted")))
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

    static Revision toRevision(ResultSet rs) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getInt("version"), rs.getString("action"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("before_doc"), rs.getString("after_doc"));
    }

    private static void revision(Handle h, String type, String id, int version, String action, OffsetDateTime at,
                                 String actor, String before, String after) {
        h.createUpdate("INSERT INTO revision (entity_type, entity_id, version, action, at, actor, before_doc, after_doc)"
                        + " VALUES (:type, :id, :version, :action, :at, :actor, :before, :after)")
                .bind("type", type).bind("id", id).bind("version", version).bind("action", action).bind("at", at)
                .bind("actor", actor).bindByType("before", before, String.class)
                .bindByType("after", after, String.class)
                .execute();
    }
}
