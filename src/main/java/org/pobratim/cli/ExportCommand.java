package org.pobratim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pobratim.atlas.Atlas;
import org.pobratim.app.Pobratim;
import org.pobratim.ingest.BundleFolder;
import org.pobratim.ingest.BundleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes the atlas out as JSON (everything), CSV (one row per tie or per city) or data files (the bundle format). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the atlas: json (sources, cities and ties as records), csv (one row per tie, or per "
                + "city with --what cities), or bundle (data files in the format and canonical form of data/, into "
                + "the folder DIR, replacing its sources.yaml, cities/*.yaml and ties/*.yaml).")
final class ExportCommand implements Callable<Integer> {
    enum Format { json, csv, bundle }

    enum What { ties, cities }

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--what", defaultValue = "ties", description = "for csv: ties or cities (default: ${DEFAULT-VALUE})")
    What what;

    @Option(names = {"-o", "--out"}, description = "file to write (default: standard output); for bundle, the folder")
    Path out;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "for bundle: the folder to write")
    Path folder;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        Atlas atlas;
        try (Pobratim app = Pobratim.open(store.config())) {
            atlas = app.atlas().current();
        }
        if (format == Format.bundle) {
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
        try (OutputStream stream = out == null ? nonClosing(System.out) : Files.newOutputStream(out);
             PrintStream print = new PrintStream(stream, false, StandardCharsets.UTF_8)) {
            switch (format) {
                case json -> AtlasExport.json(atlas, print);
                case csv -> {
                    if (what == What.ties) {
                        AtlasExport.tiesCsv(atlas, print);
                    } else {
                        AtlasExport.citiesCsv(atlas, print);
                    }
                }
            }
        }
        if (out != null) {
            System.err.printf("wrote %s%n", out);
        }
        return 0;
    }

    private static OutputStream nonClosing(PrintStream stdout) {
        return new java.io.FilterOutputStream(stdout) {
            @Override
            public void close() {
                stdout.flush();
            }
        };
    }
}
