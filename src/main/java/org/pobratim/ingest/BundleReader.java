package org.pobratim.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads data files in the bundle format (data/README.md): a folder ({@code sources.yaml}, {@code cities/},
 * {@code ties/}) or single files. A file's shape says what it holds: a list of entries with {@code url} is
 * sources, any other list is cities, a mapping with {@code city} and {@code ties} is the ties of one city.
 * Collects every problem instead of stopping at the first.
 */
public final class BundleReader {
    private final List<Problem> problems = new ArrayList<>();
    private final List<Located<Source>> sources = new ArrayList<>();
    private final List<Located<City>> cities = new ArrayList<>();
    private final List<Located<Tie>> ties = new ArrayList<>();

    /** Reads a folder or a file; the result's problems are empty when every file parsed cleanly. */
    public static BundleReading read(Path path) {
        BundleReader reader = new BundleReader();
        for (Path file : filesOf(path, reader.problems)) {
            reader.readFile(file);
        }
        return new BundleReading(new Bundle(reader.sources, reader.cities, reader.ties), reader.problems);
    }

    /**
     * Reads one data file given as text, under the name {@code file} (whose name says no country): sources, cities or
     * the ties of one city, as its shape says.
     */
    static BundleReading readText(String file, byte[] bytes) {
        BundleReader reader = new BundleReader();
        YamlFile.compose(file, bytes, reader.problems).ifPresentOrElse(root -> reader.readRoot(file, Path.of(file),
                root), () -> {
                    if (reader.problems.isEmpty()) {
                        reader.problems.add(new Problem(file, 0, null, "is empty"));
                    }
                });
        return new BundleReading(new Bundle(reader.sources, reader.cities, reader.ties), reader.problems);
    }

    /** The result of reading: what parsed, and every problem found on the way. */
    public record BundleReading(Bundle bundle, List<Problem> problems) {
        public BundleReading {
            problems = List.copyOf(problems);
        }
    }

    private static List<Path> filesOf(Path path, List<Problem> problems) {
        if (!Files.exists(path)) {
            problems.add(new Problem(path.toString(), 0, null, "no such file or folder"));
            return List.of();
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                problems.add(new Problem(path.toString(), 0, null, "holds no .yaml files"));
            }
            return files;
        } catch (IOException e) {
            problems.add(new Problem(path.toString(), 0, null, "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private void readFile(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(new Problem(file, 0, null, "cannot be read: " + e.getMessage()));
            return;
        }
        YamlFile.compose(file, bytes, problems).ifPresent(root -> readRoot(file, path, root));
    }

    private void readRoot(String file, Path path, Node root) {
        if (root instanceof SequenceNode list) {
            readEntries(file, path, list);
        } else if (root instanceof MappingNode) {
            YamlFields.of(file, "", root, problems).ifPresent(f -> readTiesFile(path, f));
        } else {
            problems.add(new Problem(file, YamlFields.line(root), null,
                    "must be a list of sources or cities, or a mapping with city: and ties:"));
        }
    }

    private void readEntries(String file, Path path, SequenceNode list) {
        String expectedCountry = countryOfFileName(path);
        List<Node> items = list.getValue();
        for (int i = 0; i < items.size(); i++) {
            YamlFields.of(file, "[" + i + "]", items.get(i), problems).ifPresent(entry -> {
                if (entry.has("url")) {
                    EntryParser.source(entry).ifPresent(s -> sources.add(new Located<>(s, file, entry.line())));
                    return;
                }
                EntryParser.city(entry).ifPresent(city -> {
                    if (expectedCountry != null && !expectedCountry.equals(city.country())) {
                        entry.problem("country", "'" + city.country() + "' does not match the file name "
                                + path.getFileName() + " (expected " + expectedCountry + ")");
                    } else {
                        cities.add(new Located<>(city, file, entry.line()));
                    }
                });
            });
        }
    }

    /** {@code cities/gb.yaml} holds British cities; other file names do not constrain the country. */
    private static String countryOfFileName(Path path) {
        String name = path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        boolean inCities = path.getParent() != null && path.getParent().getFileName() != null
                && path.getParent().getFileName().toString().equals("cities");
        return inCities && name.matches("[a-z]{2}") ? name.toUpperCase(Locale.ROOT) : null;
    }

    private void readTiesFile(Path path, YamlFields f) {
        f.rejectUnknown(java.util.Set.of("city", "ties"));
        String home = f.text("city");
        if (!f.has("ties")) {
            f.problem("ties", "is required (a list of ties)");
        }
        for (YamlFields entry : f.mappings("ties")) {
            EntryParser.tie(home, entry).ifPresent(t -> ties.add(new Located<>(t, path.toString(), entry.line())));
        }
    }
}
