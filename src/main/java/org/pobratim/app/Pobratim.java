package org.pobratim.app;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.pobratim.account.Accounts;
import org.pobratim.curation.Curation;
import org.pobratim.ingest.BundleImport;
import org.pobratim.atlas.Atlas;
import org.pobratim.ingest.EntityResolver;
import org.pobratim.names.CountryResolver;
import org.pobratim.names.RegionResolver;
import org.pobratim.read.Snapshot;
import org.pobratim.read.Snapshots;
import org.pobratim.search.NameSearch;
import org.pobratim.store.AccountRepository;
import org.pobratim.store.ApplyResult;
import org.pobratim.store.CurationRepository;
import org.pobratim.store.AtlasService;
import org.pobratim.store.ChangeFeed;
import org.pobratim.store.Database;
import org.pobratim.store.DatabaseConfig;
import org.pobratim.store.GazetteerService;
import org.pobratim.web.AtlasServer;
import org.pobratim.web.Operations;
import org.pobratim.web.ServerMetrics;
import org.pobratim.web.prepared.PreparedResponses;
import org.pobratim.web.api.ImportRoute;
import org.pobratim.web.auth.Auth;
import org.pobratim.web.pages.PageOptions;

/**
 * The one place where Pobratim is put together: configuration → store → services → read snapshots → search →
 * server. Every command, the test harness and the benchmarks build the atlas through this class, so that none of
 * them wires its own database, services or search. The read side is started on demand ({@link #reads()}): a
 * command that only writes never loads the gazetteer.
 */
public final class Pobratim implements AutoCloseable {
    private final Database database;
    private final AtlasService atlas;
    private final GazetteerService gazetteer;
    private final Accounts accounts;
    private final Curation curation;
    private final Clock clock;
    private final ServerMetrics metrics = new ServerMetrics();
    private Snapshots reads;

    private Pobratim(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.atlas = new AtlasService(database, clock);
        this.gazetteer = new GazetteerService(database, clock);
        this.accounts = new Accounts(new AccountRepository(database), clock);
        this.curation = new Curation(new CurationRepository(database, atlas), atlas::current, clock);
    }

    /** Proposals, review, history (docs/curation.md). */
    public Curation curation() {
        return curation;
    }

    /** Opens (and migrates) the store and loads the atlas snapshot from it. */
    public static Pobratim open(DatabaseConfig store) {
        return open(store, Clock.systemUTC());
    }

    public static Pobratim open(DatabaseConfig store, Clock clock) {
        Database database = Database.open(store);
        try {
            return new Pobratim(database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The writes to the atlas, and its current snapshot to check new data against. */
    public AtlasService atlas() {
        return atlas;
    }

    /** The gazetteer's imports. */
    public GazetteerService gazetteer() {
        return gazetteer;
    }

    /** Accounts, their sessions and API tokens (docs/accounts.md). */
    public Accounts accounts() {
        return accounts;
    }

    /** Seeds an empty store from the bundled data files; empty when the store already holds cities. */
    public Optional<ApplyResult> seedIfEmpty(Path data) {
        if (!atlas.current().cities().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BundleImport.run(atlas, data, "seed:" + data));
    }

    /**
     * The read side: on the first call, loads the gazetteer and builds the search index and everything else a read
     * needs; from then on, every write to the atlas and every gazetteer import swaps in a new snapshot.
     */
    public synchronized Snapshots reads() {
        if (reads == null) {
            Snapshots started = new Snapshots(Snapshot.of(atlas.current(), gazetteer.load(),
                    java.time.Year.now(clock).getValue()));
            started.onBuilt(metrics::snapshotBuilt);
            atlas.onChange(started::atlasChanged);
            atlas.onChange(changed -> metrics.atlasChanged());
            gazetteer.onImport(() -> started.gazetteerChanged(gazetteer.load()));
            reads = started;
        }
        return reads;
    }

    /** An unstarted HTTP server over the read side, with the account pages, not behind a TLS proxy. */
    public Javalin server(PageOptions pages) {
        return server(pages, false);
    }

    /**
     * An unstarted HTTP server; {@code behindTlsProxy}: a reverse proxy in front terminates TLS and says so in
     * {@code X-Forwarded-Proto}, so that session cookies are sent Secure.
     */
    public Javalin server(PageOptions pages, boolean behindTlsProxy) {
        return server(pages, behindTlsProxy, PreparedResponses.DEFAULT_MAX_BYTES);
    }

    /** {@code preparedBytes}: how many bytes of prepared answers the server keeps (0: none). */
    public Javalin server(PageOptions pages, boolean behindTlsProxy, long preparedBytes) {
        Operations operations = new Operations(preparedBytes, metrics, () -> {
            Database.Probe probe = database.probe();
            return new Operations.StoreState(database.kind(), probe.up(), probe.problem());
        });
        return AtlasServer.create(reads(), pages, new Auth(accounts, behindTlsProxy), curation, (folder, actor) -> {
            try {
                var result = BundleImport.run(atlas(), folder, actor);
                metrics.imported(true);
                return new ImportRoute.Result(result.created(), result.updated(), result.unchanged(),
                        atlas().current().version());
            } catch (RuntimeException e) {
                metrics.imported(false);
                throw e;
            }
        }, operations);
    }

    /** The metrics of this process's servers (Prometheus text at {@code /metrics}). */
    public ServerMetrics metrics() {
        return metrics;
    }

    /** The HTTP server over the read side, started on {@code host:port} (port 0: any free one). */
    public Served serve(PageOptions pages, String host, int port) {
        return serve(pages, false, host, port);
    }

    public Served serve(PageOptions pages, boolean behindTlsProxy, String host, int port) {
        return serve(pages, behindTlsProxy, PreparedResponses.DEFAULT_MAX_BYTES, host, port);
    }

    /**
     * Serves, and on PostgreSQL listens for the commits of other instances sharing the store, so that this one's
     * snapshot follows theirs.
     */
    public Served serve(PageOptions pages, boolean behindTlsProxy, long preparedBytes, String host, int port) {
        Javalin server = server(pages, behindTlsProxy, preparedBytes).start(host, port);
        return new Served(server, ChangeFeed.start(database, atlas));
    }

    /** A started server: where it listens, and how to stop it. */
    public static final class Served implements AutoCloseable {
        private final Javalin server;
        private final ChangeFeed feed;

        private Served(Javalin server, ChangeFeed feed) {
            this.server = server;
            this.feed = feed;
        }

        /** Whether it hears the commits of other instances now (on PostgreSQL; false on H2, which has none). */
        public boolean listening() {
            return feed.listening();
        }

        public int port() {
            return server.port();
        }

        /** Stops serving; the store stays open. */
        @Override
        public void close() {
            feed.close();
            server.stop();
        }
    }

    /** Entity resolution over the current snapshot, with near spellings from its name search. */
    public EntityResolver resolver(double threshold) {
        return resolver(reads().get().atlas(), threshold);
    }

    /**
     * Entity resolution against {@code atlas} (e.g. a part of the current one) and the gazetteer, with near spellings
     * from the names of the same atlas and gazetteer.
     */
    public EntityResolver resolver(Atlas atlas, double threshold) {
        Snapshot snapshot = reads().get();
        NameSearch search = atlas == snapshot.atlas() ? snapshot.search() : snapshot.search().withAtlas(atlas);
        return new EntityResolver(atlas, snapshot.gazetteer(), CountryResolver.standard(),
                RegionResolver.standard(),
                (name, inCountries) -> inCountries.stream()
                        .flatMap(country -> search.nearSpellings(name, country, 10).stream())
                        .distinct().toList(),
                threshold);
    }

    /** Closes the store; the read side keeps answering from its last snapshot. */
    @Override
    public void close() {
        database.close();
    }
}
