package org.pobratim.store;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.GazetteerPlace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports gazetteer dumps into the store (one transaction each) and loads the in-memory {@link Gazetteer} that
 * resolution and search read. It keeps no gazetteer itself: the read side loads one when it starts and is told of
 * every import, so that a command that never reads the gazetteer, an import among them, never pays for it.
 */
public final class GazetteerService {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerService.class);

    private final GazetteerRepository repository;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public GazetteerService(Database database, Clock clock) {
        this.repository = new GazetteerRepository(database.jdbi(), clock);
    }

    /** What an import wrote: places, of which replaced an earlier version. */
    public record ImportResult(int places, int replaced) {
    }

    /**
     * Writes every place {@code producer} passes, replacing places of the same GeoNames id, in one transaction;
     * if the producer throws, nothing is written. Listeners are told once it is committed.
     */
    public synchronized ImportResult importPlaces(String source, String actor,
                                                  Consumer<Consumer<GazetteerPlace>> producer) {
        GazetteerRepository.Written written = repository.write(source, actor, producer);
        LOG.info("gazetteer import of {} by {}: {} places, {} replaced", source, actor, written.places(),
                written.replaced());
        listeners.forEach(Runnable::run);
        return new ImportResult(written.places(), written.replaced());
    }

    /** Tells {@code listener} of every committed import. */
    public void onImport(Runnable listener) {
        listeners.add(listener);
    }

    /** Builds an in-memory gazetteer from what the store holds. */
    public Gazetteer load() {
        return new Gazetteer(repository.loadAll());
    }
}
