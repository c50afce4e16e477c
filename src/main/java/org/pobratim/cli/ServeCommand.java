package org.pobratim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pobratim.ingest.InputRejected;
import org.pobratim.app.Pobratim;
import org.pobratim.read.Snapshot;
import org.pobratim.web.pages.PageOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the atlas: opens (and on first start seeds) the store, then serves HTTP until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the atlas on http://localhost:<port>. An empty store is first seeded from --data.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7070", description = "HTTP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--data", defaultValue = "${env:POBRATIM_HOME:-.}/data", description = "bundled dataset that seeds an empty store "
            + "(default: ${DEFAULT-VALUE})")
    Path data;

    @Mixin
    StoreOptions store;

    @Option(names = "--tile-url", defaultValue = "${env:POBRATIM_TILE_URL}", description = "tile server URL template"
            + " for the maps, e.g. https://tile.example.org/{z}/{x}/{y}.png; unset, the maps draw the bundled country"
            + " shapes and no page loads anything from outside (env POBRATIM_TILE_URL)")
    String tileUrl;

    @Option(names = "--tile-attribution", defaultValue = "${env:POBRATIM_TILE_ATTRIBUTION}",
            description = "attribution the tile server requires, shown on the maps (env POBRATIM_TILE_ATTRIBUTION)")
    String tileAttribution;

    @Option(names = "--behind-tls-proxy", description = "a reverse proxy in front terminates TLS and sets "
            + "X-Forwarded-Proto: session cookies are then sent Secure (docs/accounts.md)")
    boolean behindTlsProxy;

    @Option(names = "--releases", defaultValue = "${env:POBRATIM_RELEASES}", description = "the folder `pobratim "
            + "release` writes to: the downloads page links its latest release, served at /releases/latest/ (env "
            + "POBRATIM_RELEASES)")
    Path releases;

    @Option(names = "--prepared-mb", defaultValue = "128", description = "MiB of prepared answers kept in memory, "
            + "each made once per snapshot; 0 makes every answer anew (default: ${DEFAULT-VALUE})")
    long preparedMb;

    @Override
    public Integer call() throws InterruptedException {
        if (preparedMb < 0) {
            System.err.println("--prepared-mb: " + preparedMb + " is negative; 0 keeps no answers");
            return Main.EXIT_USAGE;
        }
        if (releases != null && !Files.isDirectory(releases)) {
            System.err.println("--releases: " + releases + " is not a folder (make a release first: pobratim release "
                    + releases + ")");
            return Main.EXIT_USAGE;
        }
        PageOptions pages;
        try {
            pages = new PageOptions(tileUrl, tileAttribution).withReleases(releases);
        } catch (IllegalArgumentException e) {
            System.err.println("--tile-url: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        try (Pobratim app = Pobratim.open(store.config())) {
            if (app.atlas().current().cities().isEmpty() && !Files.exists(data)) {
                System.err.println("the store is empty and there is no dataset at " + data.toAbsolutePath()
                        + " to seed it (use --data)");
                return Main.EXIT_INVALID;
            }
            app.seedIfEmpty(data).ifPresent(seeded -> System.out.printf(
                    "seeded the empty store from %s: %d records%n", data, seeded.created()));
            Snapshot snapshot = app.reads().get();
            Pobratim.Served server = app.serve(pages, behindTlsProxy, preparedMb << 20, host, port);
            store.embeddedDir().ifPresent(dir -> ServerAddress.write(dir, host, server.port()));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.embeddedDir().ifPresent(ServerAddress::remove);
                server.close();
                stopped.countDown();
            }, "pobratim-shutdown"));
            System.out.printf("Pobratim is serving %d cities, %d ties and %d gazetteer places on http://%s:%d/"
                            + " (Ctrl+C stops it)%n", snapshot.atlas().cities().size(), snapshot.atlas().ties().size(),
                    snapshot.gazetteer().size(), host.equals("0.0.0.0") ? "localhost" : host, server.port());
            stopped.await();
            return 0;
        } catch (InputRejected e) {
            return Rejection.report(e, "cannot seed the store from " + data);
        }
    }
}
