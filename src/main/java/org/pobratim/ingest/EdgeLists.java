package org.pobratim.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pobratim.network.Graph;

/**
 * External edge lists as graphs, for comparing the atlas's network figures with other tools on the same input: a
 * TSV of id pairs (one edge per line, e.g. the 2016 Wikidata crawl's {@code relations.tsv}), or a pairs CSV with
 * {@code city1,country1,city2,country2} columns whose node is its (city, country) as written. Repeats and both
 * directions collapse into one undirected edge, self-loops are dropped. A malformed line rejects the file,
 * naming the line.
 */
public final class EdgeLists {
    private static final int MAX_PROBLEMS = 20;

    private EdgeLists() {
    }

    public static Graph tsv(Path file) {
        Graph.Builder graph = new Graph.Builder();
        List<Problem> problems = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(new Problem(file.toString(), number, null,
                                "expected two ids separated by a tab, got '" + abbreviate(line) + "'"));
                    }
                    continue;
                }
                graph.edge(cells[0], cells[1]);
            }
        } catch (NoSuchFileException e) {
            throw new InputRejected(List.of(new Problem(file.toString(), 0, null, "no such file")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return graph.build();
    }

    public static Graph pairs(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputRejected(List.of(new Problem(file.toString(), 0, null, "no such file")));
        }
        Graph.Builder graph = new Graph.Builder();
        List<Problem> problems = new ArrayList<>();
        CsvReader.read(file, List.of("city1", "country1", "city2", "country2"), row -> {
            String a = row.get("city1");
            String b = row.get("city2");
            if (a.isBlank() || b.isBlank()) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(new Problem(file.toString(), row.line(), a.isBlank() ? "city1" : "city2",
                            "is empty"));
                }
                return;
            }
            graph.edge(a + "|" + row.get("country1"), b + "|" + row.get("country2"));
        });
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return graph.build();
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
