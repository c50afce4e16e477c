package org.pobratim.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pobratim.atlas.Coordinates;

/**
 * Runs resolution over a pairs CSV ({@code city1,country1,city2,country2}, column names configurable) and reports
 * what resolved, how, and what did not; optionally measures the resolved points against reference coordinates.
 */
public final class ResolutionReport {
    private ResolutionReport() {
    }

    /** A name as a list writes it, with its country text. */
    public record NamedPlace(String name, String country) {
    }

    /** The distinct (name, country) of a pairs file; {@code columns} are name, country, name, country, ... */
    public static List<NamedPlace> distinctNames(Path csv, List<String> columns) {
        if (columns.isEmpty() || columns.size() % 2 != 0) {
            throw new IllegalArgumentException("columns come in name,country pairs, e.g. city1,country1,city2,country2");
        }
        Set<NamedPlace> names = new LinkedHashSet<>();
        CsvReader.read(csv, columns, row -> {
            for (int i = 0; i < columns.size(); i += 2) {
                String name = row.get(columns.get(i)).strip();
                if (!name.isEmpty()) {
                    names.add(new NamedPlace(name, row.get(columns.get(i + 1)).strip()));
                }
            }
        });
        return List.copyOf(names);
    }

    /**
     * Reference points from a file of the same pairs with coordinates; {@code columns} are name, country, lat, lon,
     * repeated per side. Every row counts: a name on many rows has a point per row (they may differ).
     */
    public static Map<NamedPlace, List<Coordinates>> referencePoints(Path csv, List<String> columns) {
        if (columns.isEmpty() || columns.size() % 4 != 0) {
            throw new IllegalArgumentException("reference columns come as name,country,lat,lon per side");
        }
        Map<NamedPlace, List<Coordinates>> points = new LinkedHashMap<>();
        CsvReader.read(csv, columns, row -> {
            for (int i = 0; i < columns.size(); i += 4) {
                try {
                    Coordinates point = new Coordinates(Double.parseDouble(row.get(columns.get(i + 2))),
                            Double.parseDouble(row.get(columns.get(i + 3))));
                    points.computeIfAbsent(new NamedPlace(row.get(columns.get(i)).strip(),
                            row.get(columns.get(i + 1)).strip()), k -> new ArrayList<>()).add(point);
                } catch (IllegalArgumentException e) {
                    // a row without usable coordinates gives no reference for that side
                }
            }
        });
        return points;
    }

    /**
     * How resolution did: counts of distinct names, and agreement with the reference counted per reference row
     * (a name on ten rows is compared ten times).
     */
    public record Summary(int names, int resolved, int flagged, int withReference, int withinReference,
                         double withinKm) {
        public double resolvedShare() {
            return names == 0 ? 0 : (double) resolved / names;
        }

        public double withinShare() {
            return withReference == 0 ? 0 : (double) withinReference / withReference;
        }

        @Override
        public String toString() {
            String s = String.format("%d distinct names: %d resolved (%.1f%%), %d unresolved, %d flagged", names,
                    resolved, 100 * resolvedShare(), names - resolved, flagged);
            if (withReference > 0) {
                s += String.format("; of %d reference rows of resolved names, %d within %.0f km (%.1f%%)",
                        withReference, withinReference, withinKm, 100 * withinShare());
            }
            return s;
        }
    }

    public static Summary summarize(List<Resolution> resolutions, Map<NamedPlace, List<Coordinates>> reference,
                                    double withinKm) {
        int resolved = 0;
        int flagged = 0;
        int withReference = 0;
        int within = 0;
        for (Resolution r : resolutions) {
            if (!r.flags().isEmpty()) {
                flagged++;
            }
            if (!r.resolved()) {
                continue;
            }
            resolved++;
            for (Coordinates point : reference.getOrDefault(new NamedPlace(r.name(), r.country()), List.of())) {
                withReference++;
                if (r.match().location().distanceKm(point) <= withinKm) {
                    within++;
                }
            }
        }
        return new Summary(resolutions.size(), resolved, flagged, withReference, within, withinKm);
    }

    /** One CSV row per name: what it resolved to and why, or its candidates; decimal points whatever the locale. */
    public static void writeCsv(List<Resolution> resolutions, Map<NamedPlace, List<Coordinates>> reference,
                                PrintStream out) {
        row(out, List.of("name", "country", "status", "id", "resolved_name", "resolved_country", "lat", "lon",
                "confidence", "reason", "flags", "candidates", "km_from_first_reference"));
        for (Resolution r : resolutions) {
            List<String> cells = new ArrayList<>(List.of(r.name(), r.country(), r.resolved() ? "resolved" : "unresolved"));
            if (r.resolved()) {
                PlaceCandidate m = r.match();
                cells.addAll(List.of(m.id(), m.name(), m.country(),
                        String.format(Locale.ROOT, "%.5f", m.location().lat()),
                        String.format(Locale.ROOT, "%.5f", m.location().lon()),
                        String.format(Locale.ROOT, "%.3f", r.confidence())));
            } else {
                cells.addAll(List.of("", "", "", "", "", ""));
            }
            cells.add(r.reason());
            cells.add(String.join("; ", r.flags()));
            cells.add(r.candidates().stream().map(c -> c.id() + " " + c.name() + " (" + c.country() + ", pop "
                    + c.population() + ")").collect(Collectors.joining("; ")));
            List<Coordinates> points = reference.getOrDefault(new NamedPlace(r.name(), r.country()), List.of());
            cells.add(r.resolved() && !points.isEmpty()
                    ? String.format(Locale.ROOT, "%.1f", r.match().location().distanceKm(points.get(0))) : "");
            row(out, cells);
        }
    }

    private static void row(PrintStream out, List<String> cells) {
        out.print(cells.stream().map(ResolutionReport::cell).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
