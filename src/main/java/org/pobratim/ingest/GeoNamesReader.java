package org.pobratim.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.GazetteerPlace;

/**
 * Streams a GeoNames dump in the standard "geoname" table format (cities500/1000/5000/15000, allCountries;
 * {@code .txt} or {@code .zip}; a file or an http(s) URL) one place at a time, so memory stays bounded
 * whatever the size of the dump. Bad lines become problems (file, line, field) and are not passed on.
 */
public final class GeoNamesReader {
    private static final int COLUMNS = 19;

    private final String location;
    private final List<Problem> problems = new ArrayList<>();
    private long lines;

    private GeoNamesReader(String location) {
        this.location = location;
    }

    /** The result of a read: how many lines were read and what was wrong with them. */
    public record Reading(long lines, List<Problem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }
    }

    /** Where to read from, with its size in bytes when known (for progress), and the stream itself. */
    public record Opened(InputStream stream, long sizeBytes) {
    }

    /**
     * Reads every place of the dump at {@code location} (a path or an http(s) URL) into {@code sink}.
     * {@code bytesRead} is told how far the raw input has been read, for a progress display.
     */
    public static Reading read(String location, Consumer<GazetteerPlace> sink, ByteProgress bytesRead) throws IOException {
        GeoNamesReader reader = new GeoNamesReader(location);
        Opened opened = open(location);
        try (CountingInputStream counting = new CountingInputStream(opened.stream(), opened.sizeBytes(), bytesRead);
             InputStream text = location.toLowerCase(Locale.ROOT).endsWith(".zip")
                     ? firstTextEntry(counting, location) : counting;
             BufferedReader lines = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                reader.lines++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                GazetteerPlace place = reader.parse(line);
                if (place != null) {
                    sink.accept(place);
                }
            }
        }
        return new Reading(reader.lines, reader.problems);
    }

    /** Told of the raw bytes read so far and the total (or -1 when unknown). */
    @FunctionalInterface
    public interface ByteProgress {
        void advanced(long bytesRead, long totalBytes);
    }

    private static Opened open(String location) throws IOException {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(20)).build();
            try {
                HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(location)).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    response.body().close();
                    throw new IOException(location + " answered HTTP " + response.statusCode());
                }
                return new Opened(response.body(), response.headers().firstValueAsLong("Content-Length").orElse(-1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + location, e);
            }
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new IOException("no such file: " + location);
        }
        return new Opened(Files.newInputStream(path), Files.size(path));
    }

    /** The dump inside a GeoNames zip (e.g. cities1000.txt next to a readme). */
    private static InputStream firstTextEntry(InputStream raw, String location) throws IOException {
        ZipInputStream zip = new ZipInputStream(raw);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt") && !name.contains("readme")) {
                return zip;
            }
        }
        zip.close();
        throw new IOException(location + " holds no .txt dump");
    }

    private GazetteerPlace parse(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS) {
            problem(null, "has " + cells.length + " tab-separated columns, a GeoNames dump has " + COLUMNS);
            return null;
        }
        Long id = number(cells[0], "geonameid");
        Double lat = decimal(cells[4], "latitude");
        Double lon = decimal(cells[5], "longitude");
        Long population = cells[14].isEmpty() ? Long.valueOf(0) : number(cells[14], "population");
        if (id == null || lat == null || lon == null || population == null) {
            return null;
        }
        try {
            List<String> alternates = cells[3].isEmpty() ? List.of()
                    : Arrays.stream(cells[3].split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            return new GazetteerPlace(id, cells[1], cells[2], alternates, new Coordinates(lat, lon), cells[6], cells[7],
                    cells[8], cells[10], cells[11], population);
        } catch (IllegalArgumentException e) {
            problem(null, e.getMessage());
            return null;
        }
    }

    private Long number(String text, String field) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            problem(field, "'" + text + "' is not a whole number");
            return null;
        }
    }

    private Double decimal(String text, String field) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            problem(field, "'" + text + "' is not a number");
            return null;
        }
    }

    private void problem(String field, String message) {
        problems.add(new Problem(location, (int) Math.min(Integer.MAX_VALUE, lines), field, message));
    }

    /** Counts bytes as they are read, for the progress display. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private final long total;
        private final ByteProgress progress;
        private long count;

        CountingInputStream(InputStream in, long total, ByteProgress progress) {
            super(in);
            this.total = total;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(long n) {
            count += n;
            progress.advanced(count, total);
        }
    }

}
