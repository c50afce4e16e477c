package org.pobratim.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pobratim.app.Pobratim;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.TieQuery;
import org.pobratim.export.ExportFormat;
import org.pobratim.export.ExportRefused;
import org.pobratim.export.Selection;
import org.pobratim.ingest.BundleFolder;
import org.pobratim.ingest.BundleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes the atlas out: JSON (every record), the data files (the bundle format), or the ties a filter selects in
 * one of the open-data formats ({@link ExportFormat}: CSV and its data package, GeoJSON, GraphML, GEXF, JSON-LD,
 * Turtle).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the atlas: bundle (data files in the format and canonical form of data/, into the "
                + "folder DIR), or the ties the filters select (all by default) as json (their cities, sources and "
                + "ties as records), csv (one row per tie; per city with --what cities), cities-csv, datapackage "
                + "(its Frictionless description), geojson, graphml, gexf, jsonld, turtle, quickstatements (the "
                + "P190 statements Wikidata lacks) or wikidata-report (the gaps and disagreements, CSV).")
final class ExportCommand implements Callable<Integer> {
    enum What { ties, cities }

    @Option(names = "--format", defaultValue = "json", description = "bundle, json, csv, cities-csv, datapackage, "
            + "geojson, graphml, gexf, jsonld, turtle, quickstatements or wikidata-report (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--what", defaultValue = "ties", description = "for csv: ties or cities (default: ${DEFAULT-VALUE})")
    What what;

    @Option(names = {"-o", "--out"}, description = "file to write (default: standard output); for bundle, the folder")
    Path out;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "for bundle: the folder to write")
    Path folder;

    @Option(names = "--created", description = "the date the export states (datapackage, gexf), as YYYY-MM-DD "
            + "(default: today, UTC), for exports made again byte for byte")
    LocalDate created;

    @Mixin
    TieFilterOptions filters;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        ExportFormat chosen = null;
        if (!format.equals("bundle")) {
            chosen = Coded.parse(ExportFormat.class, format).orElse(null);
            if (chosen == null) {
                System.err.println("--format: '" + format + "' is not one of bundle, "
                        + Arrays.stream(ExportFormat.values()).map(ExportFormat::code).collect(Collectors.joining(", ")));
                return 2;
            }
            if (chosen == ExportFormat.CSV && what == What.cities) {
                chosen = ExportFormat.CITIES_CSV;
            }
        }
        Atlas atlas;
        try (Pobratim app = Pobratim.open(store.config())) {
            atlas = app.atlas().current();
        }
        TieQuery query;
        try {
            query = filters.query(atlas);
        } catch (TieFilterOptions.Bad e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (chosen == null && !query.equals(TieQuery.ALL)) {
            System.err.println("--format bundle exports the whole store; the filters apply to the other formats");
            return 2;
        }
        if (format.equals("bundle")) {
            Path target = folder != null ? folder : out;
            if (target == null) {
                System.err.println("export --format bundle needs the folder to write (DIR or --out)");
                return 2;
            }
            var files = BundleWriter.files(atlas);
            BundleFolder.write(target, files);
            System.err.printf("wrote %d files to %s%n", files.size(), target);
            return 0;
        }
        // made whole before a byte is written, so that a refused export leaves no part of a file behind
        StringWriter made = new StringWriter();
        try {
            chosen.write(Selection.of(atlas, query),
                    (created != null ? created : LocalDate.now(ZoneOffset.UTC)).toString(), made);
        } catch (ExportRefused e) {
            System.err.println("--format " + format + ": " + e.getMessage());
            return 2;
        }
        byte[] bytes = made.toString().getBytes(StandardCharsets.UTF_8);
        if (out == null) {
            System.out.write(bytes);
            System.out.flush();
        } else {
            Files.write(out, bytes);
            System.err.printf("wrote %s%n", out);
        }
        return 0;
    }
}
