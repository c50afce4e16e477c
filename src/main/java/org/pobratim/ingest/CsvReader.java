package org.pobratim.ingest;

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

/**
 * Reads RFC 4180 CSV with a header row (quoted cells may hold commas, quotes and line breaks), row by row, so a
 * large file never has to fit in memory.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** One data row: its cells by column name, and the line it started on. */
    public record Row(Map<String, String> cells, int line) {
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** Reads {@code file}, checks that the header has every required column, and passes each row on. */
    public static void read(Path file, List<String> requiredColumns, Consumer<Row> sink) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int[] line = {0};
            List<String> header = next(reader, line);
            if (header == null) {
                throw new InputRejected(List.of(new Problem(file.toString(), 0, null, "is empty")));
            }
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            List<Problem> missing = requiredColumns.stream().filter(c -> !header.contains(c))
                    .map(c -> new Problem(file.toString(), 1, c, "no such column (the header has "
                            + String.join(", ", header) + ")"))
                    .toList();
            if (!missing.isEmpty()) {
                throw new InputRejected(missing);
            }
            List<String> cells;
            int start = line[0] + 1;
            while ((cells = next(reader, line)) != null) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size() && i < cells.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                sink.accept(new Row(row, start));
                start = line[0] + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of the next record, or null at the end; {@code line[0]} counts physical lines read. */
    private static List<String> next(BufferedReader reader, int[] line) throws IOException {
        String text = reader.readLine();
        if (text == null) {
            return null;
        }
        line[0]++;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    break;
                }
                String more = reader.readLine(); // a line break inside quotes belongs to the cell
                if (more == null) {
                    break;
                }
                line[0]++;
                cell.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
