package org.pobratim.read;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.pobratim.atlas.ArticleAnswers;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.DataQuality;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.explain.Explanations;
import org.pobratim.ingest.CountryBorders;
import org.pobratim.network.AtlasGraph;
import org.pobratim.network.CountryNetwork;
import org.pobratim.network.Graph;
import org.pobratim.network.NetworkStats;
import org.pobratim.search.NameSearch;

/**
 * One moment of the read side: the atlas snapshot, the gazetteer, the name search over both, and what is derived
 * from them once (the data-quality report, the article's answers, every tie's explanation and liveness as of the
 * snapshot's reference year). Immutable; every read takes one snapshot and
 * answers from it alone, so that nothing on a read path touches the database. The reports (quality, answers, the
 * network's statistics) take seconds over the
 * world network, so they are computed once per snapshot in the background from the moment it is built: the snapshot
 * is swapped in without waiting for them; a read that needs one before it is ready waits for it, or computes it
 * itself when it has not begun (it may be queued behind an older snapshot's).
 */
public final class Snapshot {
    private static final ExecutorService DERIVING = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "pobratim-snapshot-reports");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    private final Atlas atlas;
    private final Gazetteer gazetteer;
    private final NameSearch search;
    private final FutureTask<DataQuality> quality;
    private final FutureTask<ArticleAnswers> answers;
    private final Callable<DataQuality> computeQuality;
    private final Callable<ArticleAnswers> computeAnswers;
    private final int referenceYear;
    private final Lazy<Explanations> explanations;
    private final Lazy<Graph> network;
    private final Lazy<CountryNetwork> countryNetwork;
    private final FutureTask<NetworkStats> networkStats;
    private final Callable<NetworkStats> computeNetworkStats;

    private Snapshot(Atlas atlas, Gazetteer gazetteer, NameSearch search, int referenceYear) {
        this.atlas = atlas;
        this.gazetteer = gazetteer;
        this.search = search;
        this.referenceYear = referenceYear;
        this.explanations = new Lazy<>(() -> new Explanations(atlas, CountryBorders.bundled(), referenceYear));
        this.network = new Lazy<>(() -> AtlasGraph.of(atlas, t -> true));
        this.countryNetwork = new Lazy<>(() -> CountryNetwork.of(network(),
                id -> atlas.city(id).map(org.pobratim.atlas.City::country).orElse(null), CountryNetwork.LISTED));
        this.computeAnswers = () -> ArticleAnswers.of(atlas);
        this.computeQuality = () -> DataQuality.of(atlas, gazetteer);
        // one worker: in the background the sweep takes the reports' thread alone and leaves the other cores to
        // requests and writes (at world scale it is seconds of CPU after every swap)
        this.computeNetworkStats = () -> NetworkStats.of(network(), 1);
        this.answers = background(computeAnswers);
        this.quality = background(computeQuality);
        this.networkStats = background(computeNetworkStats);
    }

    /** Builds everything from an atlas and a gazetteer (indexing the gazetteer takes seconds for cities1000). */
    public static Snapshot of(Atlas atlas, Gazetteer gazetteer) {
        return of(atlas, gazetteer, Year.now(ZoneOffset.UTC).getValue());
    }

    /** As {@link #of(Atlas, Gazetteer)}, with the year liveness counts "the last five years" back from. */
    public static Snapshot of(Atlas atlas, Gazetteer gazetteer, int referenceYear) {
        return new Snapshot(atlas, gazetteer, new NameSearch(atlas, gazetteer), referenceYear);
    }

    /** The same gazetteer with a new atlas: the gazetteer's index is kept. */
    public Snapshot withAtlas(Atlas newAtlas) {
        return new Snapshot(newAtlas, gazetteer, search.withAtlas(newAtlas), referenceYear);
    }

    /** The same atlas with a new gazetteer. */
    public Snapshot withGazetteer(Gazetteer newGazetteer) {
        return of(atlas, newGazetteer, referenceYear);
    }

    /** The whole twin network of this snapshot as a graph (every tie), built on first use. */
    public Graph network() {
        return network.get();
    }

    /** The whole network's countries ({@value CountryNetwork#LISTED} pairs and countries), built on first use. */
    public CountryNetwork countryNetwork() {
        return countryNetwork.get();
    }

    /**
     * The statistics of the whole network, computed in the background after the snapshot is built (the reports'
     * thread, after the quality report); a read that needs them before they are ready waits for them.
     */
    public NetworkStats networkStats() {
        return await(networkStats, computeNetworkStats);
    }

    /** Every tie's explanation and liveness over this snapshot's atlas, computed as they are asked for. */
    public Explanations explanations() {
        return explanations.get();
    }

    public Atlas atlas() {
        return atlas;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public NameSearch search() {
        return search;
    }

    /** The data-quality report of this snapshot (waits while it is being computed). */
    public DataQuality quality() {
        return await(quality, computeQuality);
    }

    /** The article's answers over this snapshot (waits while they are being computed). */
    public ArticleAnswers answers() {
        return await(answers, computeAnswers);
    }

    /**
     * Drops the reports not yet begun, once a newer snapshot replaced this one (writes in a row would otherwise queue
     * reports nobody reads); a reader still holding this snapshot then computes the one it asks for itself.
     */
    void retire() {
        quality.cancel(false);
        answers.cancel(false);
        networkStats.cancel(true); // a sweep under way stops (it checks for the interrupt between sources)
    }

    private static <T> FutureTask<T> background(Callable<T> compute) {
        FutureTask<T> task = new FutureTask<>(compute);
        DERIVING.execute(task);
        return task;
    }

    /**
     * The report: a reader that needs one still queued behind other snapshots' reports computes it itself (a task
     * runs once: if the background thread has begun it, this waits for it instead).
     */
    private static <T> T await(FutureTask<T> report, Callable<T> compute) {
        try {
            if (report.isCancelled()) {
                Thread.interrupted(); // the cancel of a report this reader was running itself: not meant for it
                return compute.call();
            }
            report.run();
            return report.get();
        } catch (CancellationException e) {
            return await(report, compute);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a snapshot's report was computed", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** A value built once, on first use, by whichever reader asks first. */
    private static final class Lazy<T> {
        private final Supplier<T> build;
        private volatile T value;

        Lazy(Supplier<T> build) {
            this.build = build;
        }

        T get() {
            T built = value;
            if (built == null) {
                synchronized (this) {
                    if (value == null) {
                        value = build.get();
                    }
                    built = value;
                }
            }
            return built;
        }
    }
}
