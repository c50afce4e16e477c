package org.pobratim.ingest.world;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pobratim.atlas.Coordinates;
import org.pobratim.ingest.CsvReader;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;

/**
 * The twin-pairs CSV of the Wikipedia lists ({@code city1,country1,city2,country2}, names as the lists wrote them),
 * with, optionally, its geocoded variant ({@code city1,country1,lat1,lng1,city2,country2,lat2,lng2}) as a second
 * opinion on where each side lies: a geocoded row is joined to the raw row with the same four names. A row without
 * a name, or a geocoded row whose coordinates are not numbers on the globe, is a problem; any problem rejects the
 * whole input before a pair is passed on (the country may be empty: some lists write it into the name).
 */
public final class TwinPairsCsv {
    static final List<String> COLUMNS = List.of("city1", "country1", "city2", "country2");
    static final List<String> GEOCODED_COLUMNS = List.of("city1", "country1", "lat1", "lng1", "city2", "country2",
            "lat2", "lng2");

    private TwinPairsCsv() {
    }

    /** Reads every row, checks them all, then passes each pair on; {@code geocoded} may be null. */
    public static void read(Path raw, Path geocoded, Consumer<ListedPair> sink) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Coordinates[]> points = geocoded == null ? Map.of() : points(geocoded, problems);
        List<ListedPair> pairs = new ArrayList<>();
        CsvReader.read(raw, COLUMNS, row -> {
            String city1 = row.get("city1").strip();
            String city2 = row.get("city2").strip();
            if (city1.isEmpty() || city2.isEmpty()) {
                problems.add(new Problem(raw.toString(), row.line(), city1.isEmpty() ? "city1" : "city2",
                        "is empty: a pair needs both names"));
                return;
            }
            String country1 = row.get("country1").strip();
            String country2 = row.get("country2").strip();
            Coordinates[] p = points.getOrDefault(key(city1, country1, city2, country2), new Coordinates[2]);
            pairs.add(ListedPair.of(raw.toString(), row.line(),
                    new ListedPlace(city1, country1, null, p[0], null, Map.of()),
                    new ListedPlace(city2, country2, null, p[1], null, Map.of())));
        });
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        pairs.forEach(sink);
    }

    private static Map<String, Coordinates[]> points(Path geocoded, List<Problem> problems) {
        Map<String, Coordinates[]> points = new HashMap<>();
        CsvReader.read(geocoded, GEOCODED_COLUMNS, row -> {
            Coordinates one = point(geocoded, row, "lat1", "lng1", problems);
            Coordinates two = point(geocoded, row, "lat2", "lng2", problems);
            points.put(key(row.get("city1").strip(), row.get("country1").strip(), row.get("city2").strip(),
                    row.get("country2").strip()), new Coordinates[] {one, two});
        });
        return points;
    }

    /** The point of one side; an empty pair of cells is no point, anything else must be a valid one. */
    private static Coordinates point(Path file, CsvReader.Row row, String lat, String lon, List<Problem> problems) {
        String latText = row.get(lat).strip();
        String lonText = row.get(lon).strip();
        if (latText.isEmpty() && lonText.isEmpty()) {
            return null;
        }
        try {
            return new Coordinates(Double.parseDouble(latText), Double.parseDouble(lonText));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file.toString(), row.line(), lat + "/" + lon,
                    "'" + latText + "', '" + lonText + "' is not a point: " + e.getMessage()));
            return null;
        }
    }

    private static String key(String city1, String country1, String city2, String country2) {
        return String.join("\u0000", city1, country1, city2, country2);
    }
}
