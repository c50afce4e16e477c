package org.pobratim.read;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current {@link Snapshot}, swapped atomically when a write changed the atlas or an import the gazetteer: the
 * new snapshot is built off the request path, then replaces the old one; a reader holding the old one finishes
 * with it.
 */
public final class Snapshots implements Supplier<Snapshot> {
    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

    private final AtomicReference<Snapshot> current;
    private volatile LongConsumer built = nanos -> { };

    public Snapshots(Snapshot first) {
        this.current = new AtomicReference<>(first);
    }

    /** Tells {@code listener} how long each new snapshot took to build, in nanoseconds. */
    public void onBuilt(LongConsumer listener) {
        this.built = listener;
    }

    @Override
    public Snapshot get() {
        return current.get();
    }

    /** Swaps in a snapshot with the new atlas. */
    public synchronized void atlasChanged(Atlas atlas) {
        long started = System.nanoTime();
        Snapshot old = current.getAndSet(current.get().withAtlas(atlas));
        old.retire();
        long took = System.nanoTime() - started;
        built.accept(took);
        LOG.info("read snapshot of atlas version {} built in {} ms", atlas.version(), took / 1_000_000);
    }

    /** Swaps in a snapshot with the new gazetteer. */
    public synchronized void gazetteerChanged(Gazetteer gazetteer) {
        long started = System.nanoTime();
        Snapshot old = current.getAndSet(current.get().withGazetteer(gazetteer));
        old.retire();
        long took = System.nanoTime() - started;
        built.accept(took);
        LOG.info("read snapshot with {} gazetteer places built in {} ms", gazetteer.size(), took / 1_000_000);
    }
}
