package org.pobratim.ingest.world;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;

/**
 * The two-TSV form of a Wikidata P190 crawl: {@code relations.tsv} ({@code QID<TAB>QID}, one directed statement per
 * line: the first item states the second as its twin) and {@code names.tsv} ({@code QID<TAB>label}). No countries,
 * coordinates or dates. Each statement becomes a directed {@link ListedPair}; an item without a label is a problem,
 * as is a line that is not two QIDs; any problem rejects the whole input.
 */
public final class WikidataTsv {
    public static final String RELATIONS = "relations.tsv";
    public static final String NAMES = "names.tsv";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private WikidataTsv() {
    }

    /** True when the folder holds the two files of this form. */
    public static boolean isFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(RELATIONS)) && Files.isRegularFile(dir.resolve(NAMES));
    }

    public static void read(Path dir, Consumer<ListedPair> sink) {
        List<Problem> problems = new ArrayList<>();
        Path namesFile = dir.resolve(NAMES);
        Map<String, String> labels = new HashMap<>();
        lines(namesFile, (line, cells) -> {
            if (cells.length != 2 || !QID.matcher(cells[0]).matches() || cells[1].isBlank()) {
                problems.add(new Problem(namesFile.toString(), line, null, "expected QID<TAB>label"));
            } else {
                labels.put(cells[0], cells[1].strip());
            }
        });
        Path relations = dir.resolve(RELATIONS);
        List<ListedPair> pairs = new ArrayList<>();
        lines(relations, (line, cells) -> {
            if (cells.length != 2 || !QID.matcher(cells[0]).matches() || !QID.matcher(cells[1]).matches()) {
                problems.add(new Problem(relations.toString(), line, null, "expected QID<TAB>QID"));
                return;
            }
            String one = labels.get(cells[0]);
            String other = labels.get(cells[1]);
            if (one == null || other == null) {
                problems.add(new Problem(relations.toString(), line, null, "no label in " + NAMES + " for "
                        + (one == null ? cells[0] : cells[1])));
                return;
            }
            pairs.add(ListedPair.of(relations.toString(), line, place(cells[0], one), place(cells[1], other)));
        });
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        pairs.forEach(sink);
    }

    private static ListedPlace place(String qid, String label) {
        return new ListedPlace(label, null, qid, null, null, Map.of());
    }

    private interface LineSink {
        void accept(int line, String[] cells);
    }

    private static void lines(Path file, LineSink sink) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (!text.isBlank()) {
                    sink.accept(line, text.split("\t", -1));
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputRejected(List.of(new Problem(file.toString(), 0, null, "is not UTF-8 text")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
