package org.pobratim.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The real readers of the export formats, run on files an export wrote: Apache Jena's RIOT (JSON-LD, Turtle),
 * networkx (GraphML, GEXF; python3 is on every machine here), GDAL's ogrinfo (GeoJSON; Debian's gdal-bin, which
 * .ci/run installs) and scripts/check_datapackage.py (the CSV against its data package, by JSON Schema).
 */
public final class ExportReaders {
    private ExportReaders() {
    }

    public static Path write(Selection s, ExportFormat format, Path dir) {
        Path file = dir.resolve(format.fileName());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            format.write(s, "2026-12-03", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    public static Model rdf(Path file, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(lang).parse(model);
        return model;
    }

    /**
     * networkx's count of nodes and of edges of a GraphML or GEXF file, whether it is directed, and the attributes
     * of the edge {@code edge} (by its id).
     */
    public static List<String> networkx(Path file, String reader, String edge) throws IOException, InterruptedException {
        return run(List.of("python3", "-c", "import sys, networkx as nx\n"
                + "g = nx." + reader + "(sys.argv[1])\n"
                + "print(g.number_of_nodes()); print(g.number_of_edges()); print(g.is_directed())\n"
                + "print([sorted(d.items()) for a, b, d in g.edges(data=True) if d.get('id') == sys.argv[2]])",
                file.toString(), edge));
    }

    /** ogrinfo's summary of a GeoJSON file (its feature count and geometry types). */
    public static String ogrinfo(Path file) throws IOException, InterruptedException {
        return String.join("\n", run(List.of("ogrinfo", "-ro", "-al", "-so", file.toString())));
    }

    /** Whether GDAL's ogrinfo is here; under CI it must be. */
    public static boolean hasOgrinfo() {
        boolean here = Files.isExecutable(Path.of("/usr/bin/ogrinfo"));
        if (!here && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must have GDAL's ogrinfo (Debian gdal-bin; .ci/run installs it)");
        }
        return here;
    }

    public static List<String> checkDatapackage(Path datapackage, int ties, int cities)
            throws IOException, InterruptedException {
        return run(List.of("python3", Path.of("scripts/check_datapackage.py").toAbsolutePath().toString(),
                datapackage.toString(), "ties=" + ties, "cities=" + cities));
    }

    /** What a checker said: its exit status and its lines. */
    public record Verdict(int exit, List<String> lines) {
    }

    /** scripts/check_quickstatements.py on a file (with the number of commands expected, or any when null). */
    public static Verdict checkQuickStatements(Path file, Integer commands) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3",
                Path.of("scripts/check_quickstatements.py").toAbsolutePath().toString(), file.toString()));
        if (commands != null) {
            command.add("lines=" + commands);
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Verdict(p.exitValue(), lines);
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().toList());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + String.join("\n", lines)).isZero();
        return lines;
    }
}
