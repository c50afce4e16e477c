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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the atlas out as JSON (everything) or CSV (one row per tie or per city). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the atlas: json (sources, cities and ties as records) or csv (one row per tie, or per "
                + "city with --what cities).")
final class ExportCommand implements Callable<Integer> {
    enum Format { json, csv }

    enum What { ties, cities }

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--what", defaultValue = "ties", description = "for csv: ties or cities (default: ${DEFAULT-VALUE})")
    What what;

    @Option(names = {"-o", "--out"}, description = "file to write (default: standard output)")
    Path out;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        Atlas atlas;
        try (Pobratim app = Pobratim.open(store.config())) {
            atlas = app.atlas().current();
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
