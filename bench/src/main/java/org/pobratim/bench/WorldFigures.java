package org.pobratim.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pobratim.app.Pobratim;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.Tie;
import org.pobratim.explain.Explanations;
import org.pobratim.ingest.BundleImport;
import org.pobratim.ingest.CountryBorders;
import org.pobratim.ingest.EntityResolver;
import org.pobratim.ingest.GazetteerImport;
import org.pobratim.ingest.world.WorldImport;
import org.pobratim.ingest.world.WorldImportRun;
import org.pobratim.store.DatabaseConfig;
import org.pobratim.web.pages.PageOptions;

/**
 * The world-scale figures of issue 10, single shots on one machine (not JMH: each step is seconds long and runs once
 * or a few times): the world import of the shared lists with resolution, server start with the world loaded, the
 * snapshot rebuild after a one-tie write, the heap of the loaded world after a full GC, and search and page timings
 * over loopback. Arguments: the shared datasets folder (default ../shared/datasets).
 */
public final class WorldFigures {
    private WorldFigures() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
        Path pairs = shared.resolve("wikipedia-twin-pairs");
        Path dir = Files.createTempDirectory("pobratim-world");
        try {
            try (Pobratim app = Pobratim.open(DatabaseConfig.h2File(dir))) {
                BundleImport.run(app.atlas(), BenchData.bundledData(), "bench");
                GazetteerImport.run(app.gazetteer(), BenchData.cities1000().toString(), "bench", (r, t) -> { });
                long started = System.nanoTime();
                EntityResolver resolver = app.resolver(WorldImport.curated(app.atlas().current()),
                        EntityResolver.THRESHOLD);
                WorldImportRun.Outcome pairsOnly = WorldImportRun.run(app.atlas(), app.reads().get().gazetteer(),
                        resolver, new WorldImportRun.Files(pairs.resolve("twin_cities_raw.csv"),
                                pairs.resolve("twin_cities_geocoded.csv"), null), LocalDate.now(), "bench");
                print("world import of the pairs CSV (resolver, placing, store, snapshot)", started,
                        pairsOnly.plan().summary().tiesListed() + " ties listed");
                started = System.nanoTime();
                resolver = app.resolver(WorldImport.curated(app.atlas().current()), EntityResolver.THRESHOLD);
                WorldImportRun.run(app.atlas(), app.reads().get().gazetteer(), resolver,
                        new WorldImportRun.Files(null, null, shared.resolve("wikidata-p190-2016")), LocalDate.now(),
                        "bench");
                print("world import of the Wikidata crawl", started, "");
            }
            long started = System.nanoTime();
            try (Pobratim app = Pobratim.open(DatabaseConfig.h2File(dir));
                 Pobratim.Served served = app.serve(PageOptions.OFFLINE, "127.0.0.1", 0)) {
                print("server start with the world loaded (store, gazetteer, search, first request)", started,
                        firstRequest(served.port()));
                Atlas atlas = app.reads().get().atlas();
                System.out.printf("world: %d cities, %d ties, %d gazetteer places%n", atlas.cities().size(),
                        atlas.ties().size(), app.reads().get().gazetteer().size());
                snapshotRebuild(app);
                explanations(atlas);
                heap();
                timings(served.port(), atlas);
            }
        } finally {
            BenchAtlas.delete(dir);
        }
    }

    private static String firstRequest(int port) throws Exception {
        HttpResponse<String> r = get(port, "/api/v1/health");
        return "first answer " + r.statusCode();
    }

    /** Median of 11 one-tie writes, from the call to the new read snapshot being current. */
    private static void snapshotRebuild(Pobratim app) {
        Tie tie = app.atlas().current().tie("no-narvik--rs-kikinda").orElseThrow();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Tie changed = new Tie(tie.cityA(), tie.cityB(), tie.agreements(), tie.status(), tie.reasons(),
                    tie.activity(), tie.conflicts(), i % 2 == 0 ? List.of() : tie.listings());
            long started = System.nanoTime();
            app.atlas().apply(new ChangeSet(List.of(), List.of(), List.of(changed)), "bench");
            long version = app.atlas().current().version();
            if (app.reads().get().atlas().version() != version) {
                throw new IllegalStateException("the read snapshot did not follow the write");
            }
            times.add(System.nanoTime() - started);
        }
        Collections.sort(times);
        System.out.printf("snapshot rebuild after a one-tie write (write, patched atlas, search, swap): median %.0f ms,"
                + " max %.0f ms of 11%n", times.get(5) / 1e6, times.get(10) / 1e6);
    }

    /** The explanation engine over the whole world: built, every tie explained and ranked, as on a first request. */
    private static void explanations(Atlas atlas) {
        long started = System.nanoTime();
        Explanations explanations = new Explanations(atlas, CountryBorders.bundled(), 2026);
        int ranked = explanations.ranking(Explanations.Order.INEXPLICABLE, null, Integer.MAX_VALUE).size();
        print("explanation engine over the world: built, every tie explained and ranked", started,
                ranked + " ties; " + explanations.report(null).count(org.pobratim.explain.Liveness.UNKNOWN)
                        + " known from lists alone");
    }

    private static void heap() {
        System.gc();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("heap of the loaded world after a full GC: %.0f MB%n", used / 1e6);
    }

    private static void timings(int port, Atlas atlas) throws Exception {
        List<String> cityPages = atlas.cities().keySet().stream().filter(id -> id.hashCode() % 40 == 0)
                .map(id -> "/en/city/" + id).toList();
        List<String> searches = List.of("Kikinda", "Narvik", "Springfield", "novi s", "Шабац", "Kragujevc", "paris",
                "san jo", "Fujimi", "bor");
        measure(port, "city page", cityPages, 2000);
        measure(port, "search API", searches.stream().map(q -> "/api/v1/search?q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).toList(), 2000);
        measure(port, "tie API", atlas.ties().keySet().stream().filter(id -> id.hashCode() % 50 == 0)
                .map(id -> "/api/v1/ties/" + id).toList(), 2000);
        measure(port, "tie page", atlas.ties().keySet().stream().filter(id -> id.hashCode() % 50 == 0)
                .map(id -> "/en/tie/" + id).toList(), 2000);
        measure(port, "rankings API (world and Serbia, computed once per snapshot)", List.of(
                "/api/v1/rankings/inexplicable?limit=50", "/api/v1/rankings/explained?country=RS"), 500);
        List<String> ids = atlas.cities().keySet().stream().sorted().toList();
        java.util.Random random = new java.util.Random(7);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            paths.add("/api/v1/network/path?from=" + ids.get(random.nextInt(ids.size())) + "&to="
                    + ids.get(random.nextInt(ids.size())));
        }
        measure(port, "path finder API (random pairs of the world's cities)", paths, 2000);
        measure(port, "path finder page (the same pairs)", paths.stream()
                .map(p -> p.replace("/api/v1/network/path", "/en/path")).toList(), 2000);
        measure(port, "country network API (whole network, then kept)", List.of("/api/v1/network/countries"), 500);
        measure(port, "communities API", List.of("/api/v1/network/communities"), 500);
        measure(port, "cousins API", ids.stream().filter(id -> id.hashCode() % 50 == 0)
                .map(id -> "/api/v1/network/cousins?city=" + id).toList(), 2000);
        measure(port, "network page (figures, communities map, countries)", List.of("/en/network"), 50);
        System.out.printf("network page: %,d bytes of HTML%n", get(port, "/en/network").body()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        measure(port, "home page", List.of("/en/"), 50);
    }

    private static void measure(int port, String what, List<String> paths, int requests) throws Exception {
        for (int i = 0; i < Math.min(requests, 200); i++) {
            get(port, paths.get(i % paths.size()));
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            HttpResponse<String> r = get(port, paths.get(i % paths.size()));
            times.add(System.nanoTime() - started);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(paths.get(i % paths.size()) + " answered " + r.statusCode());
            }
        }
        Collections.sort(times);
        System.out.printf("%s over loopback, %d requests: p50 %.2f ms, p99 %.2f ms%n", what, requests,
                times.get(requests / 2) / 1e6, times.get(requests * 99 / 100) / 1e6);
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Encoding", "identity").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void print(String what, long started, String note) {
        System.out.printf("%s: %.1f s%s%n", what, (System.nanoTime() - started) / 1e9, note.isEmpty() ? ""
                : " (" + note + ")");
    }
}
