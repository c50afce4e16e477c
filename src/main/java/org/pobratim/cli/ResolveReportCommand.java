package org.pobratim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pobratim.atlas.Coordinates;
import org.pobratim.ingest.EntityResolver;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Resolution;
import org.pobratim.ingest.ResolutionReport;
import org.pobratim.names.CountryResolver;
import org.pobratim.search.NameSearch;
import org.pobratim.store.AtlasService;
import org.pobratim.store.Database;
import org.pobratim.store.GazetteerService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Resolution over a pairs CSV: what resolved, how, and what did not. */
@Command(name = "resolve-report", mixinStandardHelpOptions = true,
        description = "Resolve every distinct (city, country) of a pairs CSV against the atlas and the gazetteer and "
                + "write one CSV row per name (resolved with confidence and reason, or unresolved with candidates). "
                + "With --reference, also measure the resolved points against reference coordinates; with "
                + "--min-resolved/--min-within, exit 1 below those shares.")
final class ResolveReportCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the pairs CSV (with a header row)")
    Path pairs;

    @Option(names = "--columns", split = ",", defaultValue = "city1,country1,city2,country2",
            description = "name,country column pairs (default: ${DEFAULT-VALUE})")
    List<String> columns;

    @Option(names = {"-o", "--out"}, description = "report CSV to write (default: standard output)")
    Path out;

    @Option(names = "--reference", description = "CSV of the same pairs with coordinates, to measure against")
    Path reference;

    @Option(names = "--reference-columns", split = ",",
            defaultValue = "city1,country1,lat1,lng1,city2,country2,lat2,lng2",
            description = "name,country,lat,lon columns per side of the reference (default: ${DEFAULT-VALUE})")
    List<String> referenceColumns;

    @Option(names = "--within-km", defaultValue = "25", description = "distance that counts as agreeing with the "
            + "reference (default: ${DEFAULT-VALUE})")
    double withinKm;

    @Option(names = "--min-resolved", description = "fail (exit 1) when fewer than this share of names resolve, e.g. 0.8")
    Double minResolved;

    @Option(names = "--min-within", description = "fail (exit 1) when fewer than this share of resolved names lie "
            + "within --within-km of the reference, e.g. 0.97")
    Double minWithin;

    @Option(names = "--threshold", defaultValue = "" + EntityResolver.THRESHOLD,
            description = "confidence below which a name stays unresolved (default: ${DEFAULT-VALUE})")
    double threshold;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        List<ResolutionReport.NamedPlace> names;
        Map<ResolutionReport.NamedPlace, List<Coordinates>> points = Map.of();
        try {
            names = ResolutionReport.distinctNames(pairs, columns);
            if (reference != null) {
                points = ResolutionReport.referencePoints(reference, referenceColumns);
            }
        } catch (InputRejected e) {
            return Rejection.report(e, "cannot read " + pairs);
        }
        List<Resolution> resolutions;
        long started = System.nanoTime();
        try (Database database = Database.open(store.config())) {
            AtlasService atlas = new AtlasService(database, Clock.systemUTC());
            GazetteerService gazetteer = new GazetteerService(database, Clock.systemUTC());
            if (gazetteer.load().size() == 0) {
                System.err.println("warning: the gazetteer is empty; import one first (pobratim gazetteer import ...)");
            }
            NameSearch search = new NameSearch(atlas::current, gazetteer::current);
            EntityResolver resolver = new EntityResolver(atlas.current(), gazetteer.current(), CountryResolver.standard(),
                    org.pobratim.names.RegionResolver.standard(),
                    (name, countries) -> countries.stream()
                            .flatMap(country -> search.nearSpellings(name, country, 10).stream()).distinct().toList(),
                    threshold);
            resolutions = names.stream().map(n -> resolver.resolve(n.name(), n.country())).toList();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try (OutputStream stream = out == null ? System.out : Files.newOutputStream(out);
             PrintStream print = new PrintStream(stream, false, StandardCharsets.UTF_8)) {
            ResolutionReport.writeCsv(resolutions, points, print);
        }
        ResolutionReport.Summary summary = ResolutionReport.summarize(resolutions, points, withinKm);
        System.err.printf("%s (%.1f s)%n", summary, seconds);
        boolean failed = false;
        if (minResolved != null && summary.resolvedShare() < minResolved) {
            System.err.printf("FAIL: %.1f%% resolved, below the required %.1f%%%n", 100 * summary.resolvedShare(),
                    100 * minResolved);
            failed = true;
        }
        if (minWithin != null && summary.withinShare() < minWithin) {
            System.err.printf("FAIL: %.1f%% within %.0f km, below the required %.1f%%%n", 100 * summary.withinShare(),
                    withinKm, 100 * minWithin);
            failed = true;
        }
        return failed ? Main.EXIT_INVALID : 0;
    }
}
