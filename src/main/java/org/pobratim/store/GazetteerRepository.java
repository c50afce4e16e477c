package org.pobratim.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.GazetteerPlace;

/** Writes gazetteer places in batches inside one transaction, and reads them back. */
final class GazetteerRepository {
    private static final int BATCH = 2000;
    /** GeoNames separates alternate names with commas; none of them contains one. */
    private static final String NAME_SEPARATOR = ",";

    private final Jdbi jdbi;
    private final Clock clock;

    GazetteerRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** What an import did: places written, of which replaced an earlier version of the same GeoNames id. */
    record Written(int places, int replaced) {
    }

    /**
     * Runs {@code producer} inside one transaction; every place it passes is written (replacing the place of the
     * same id). If the producer throws, nothing is kept.
     */
    Written write(String source, String actor, Consumer<Consumer<GazetteerPlace>> producer) {
        return jdbi.inTransaction(h -> {
            Batcher batcher = new Batcher(h);
            producer.accept(batcher::add);
            batcher.flush();
            h.createUpdate("INSERT INTO gazetteer_import (source, actor, finished_at, places, replaced)"
                            + " VALUES (:source, :actor, :at, :places, :replaced)")
                    .bind("source", source).bind("actor", actor)
                    .bind("at", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                    .bind("places", batcher.places).bind("replaced", batcher.replaced)
                    .execute();
            return new Written(batcher.places, batcher.replaced);
        });
    }

    private static final class Batcher {
        private final Handle handle;
        private final List<GazetteerPlace> pending = new ArrayList<>(BATCH);
        int places;
        int replaced;

        Batcher(Handle handle) {
            this.handle = handle;
        }

        void add(GazetteerPlace place) {
            pending.add(place);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            // a dump may hold an id twice; the later line wins, as it would across two imports
            java.util.Map<Long, GazetteerPlace> byId = new java.util.LinkedHashMap<>();
            pending.forEach(p -> byId.put(p.geonameId(), p));
            replaced += handle.createUpdate("DELETE FROM gazetteer_place WHERE geoname_id IN (<ids>)")
                    .bindList("ids", new ArrayList<>(byId.keySet()))
                    .execute();
            PreparedBatch batch = handle.prepareBatch("INSERT INTO gazetteer_place (geoname_id, name, ascii_name,"
                    + " alternate_names, lat, lon, feature_class, feature_code, country, admin1, admin2, population)"
                    + " VALUES (:id, :name, :ascii, :alternates, :lat, :lon, :fclass, :fcode, :country, :admin1,"
                    + " :admin2, :population)");
            for (GazetteerPlace p : byId.values()) {
                batch.bind("id", p.geonameId()).bind("name", p.name()).bind("ascii", p.asciiName())
                        .bind("alternates", String.join(NAME_SEPARATOR, p.alternateNames()))
                        .bind("lat", p.location().lat()).bind("lon", p.location().lon())
                        .bind("fclass", p.featureClass()).bind("fcode", p.featureCode()).bind("country", p.country())
                        .bind("admin1", p.admin1()).bind("admin2", p.admin2()).bind("population", p.population())
                        .add();
            }
            batch.execute();
            places += byId.size();
            pending.clear();
        }
    }

    List<GazetteerPlace> loadAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM gazetteer_place ORDER BY geoname_id")
                .setFetchSize(BATCH)
                .map((rs, ctx) -> {
                    String alternates = rs.getString("alternate_names");
                    return new GazetteerPlace(rs.getLong("geoname_id"), rs.getString("name"), rs.getString("ascii_name"),
                            alternates == null || alternates.isEmpty() ? List.of()
                                    : Arrays.asList(alternates.split(NAME_SEPARATOR)),
                            new Coordinates(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("feature_class"),
                            rs.getString("feature_code"), rs.getString("country"), rs.getString("admin1"),
                            rs.getString("admin2"), rs.getLong("population"));
                })
                .list());
    }
}
