package org.pobratim.store;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.GazetteerPlace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports gazetteer dumps into the store (one transaction each) and keeps the in-memory {@link Gazetteer}
 * that resolution and search read. The in-memory gazetteer is loaded when first asked for (or by {@link #load()}),
 * so that commands that never read it, an import among them, never pay for it.
 */
public final class GazetteerService {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerService.class);

    private final GazetteerRepository repository;
    /** Null until loaded, and again after an import: the next reader loads. */
    private final AtomicReference<Gazetteer> current = new AtomicReference<>();

    public GazetteerService(Database database, Clock clock) {
        this.repository = new GazetteerRepository(database.jdbi(), clock);
    }

    /** What an import wrote: places, of which replaced an earlier version. */
    public record ImportResult(int places, int replaced) {
    }

    /**
     * Writes every place {@code producer} passes, replacing places of the same GeoNames id, in one transaction;
     * if the producer throws, nothing is written. The in-memory gazetteer is reloaded when next read.
     */
    public synchronized ImportResult importPlaces(String source, String actor,
                                                  Consumer<Consumer<GazetteerPlace>> producer) {
        GazetteerRepository.Written written = repository.write(source, actor, producer);
        LOG.info("gazetteer import of {} by {}: {} places, {} replaced", source, actor, written.places(),
                written.replaced());
        current.set(null);
        return new ImportResult(written.places(), written.replaced());
    }

    /** (Re)builds the in-memory gazetteer from the store. */
    public synchronized Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer(repository.loadAll());
        current.set(gazetteer);
        return gazetteer;
    }

    public Gazetteer current() {
        Gazetteer gazetteer = current.get();
        return gazetteer != null ? gazetteer : load();
    }
}
