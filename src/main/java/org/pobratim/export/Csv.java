package org.pobratim.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.TieState;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;

/**
 * CSV (RFC 4180, UTF-8, CRLF) of a selection's ties and cities, one row each, and the Frictionless Tabular Data
 * Package ({@code datapackage.json}) that describes every column of both: its type, what it means, whether it is
 * required, and the keys between them. The columns are defined once, here, for the rows and the description alike.
 */
public final class Csv {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** A column: its name, Table Schema type, description, whether every row has it, and its value in a row. */
    private record Column<T>(String name, String type, String description, boolean required, Function<T, String> value,
                             Map<String, Object> constraints) {
        Column(String name, String type, String description, boolean required, Function<T, String> value) {
            this(name, type, description, required, value, Map.of());
        }
    }

    private static List<Column<Tie>> tieColumns(Selection s) {
        return List.of(
                new Column<>("id", "string", "The tie's id: its two cities' ids, ordered, joined by --", true,
                        Tie::id, Map.of("unique", true)),
                new Column<>("city_a", "string", "The first city's id (cities.csv)", true, Tie::cityA),
                new Column<>("name_a", "string", "The first city's English name", true, t -> s.a(t).displayName()),
                new Column<>("country_a", "string", "The first city's country, ISO 3166-1 alpha-2", true,
                        t -> s.a(t).country(), Map.of("pattern", "[A-Z]{2}")),
                new Column<>("city_b", "string", "The second city's id (cities.csv)", true, Tie::cityB),
                new Column<>("name_b", "string", "The second city's English name", true, t -> s.b(t).displayName()),
                new Column<>("country_b", "string", "The second city's country, ISO 3166-1 alpha-2", true,
                        t -> s.b(t).country(), Map.of("pattern", "[A-Z]{2}")),
                new Column<>("established", "string", "When the tie was first made, to the precision known: "
                        + "1968-05-09, 1968-05, 1968 or 1960s; empty when unknown", false, Selection::established),
                new Column<>("established_year", "integer", "The year of 'established'; empty when unknown or "
                        + "known only to the decade", false,
                        t -> Selection.year(t) == null ? "" : Integer.toString(Selection.year(t))),
                new Column<>("kinds", "string", "The kinds of agreement the tie has had, in the order made, "
                        + "joined by ; (each one of " + Coded.choices(AgreementKind.class) + ")", false,
                        Selection::kinds),
                new Column<>("status", "string", "Whether the tie is alive", true, t -> t.status().state().code(),
                        Map.of("enum", codes(TieState.class))),
                new Column<>("reasons", "string", "Why the cities are twinned, as categories joined by ; (each one "
                        + "of " + Coded.choices(ReasonCategory.class) + ")", false, Selection::reasons),
                new Column<>("tier", "string", "The best tier of the tie's evidence: primary (a city's own site, "
                        + "a gazette), secondary (news) or listing (a Wikipedia list, a Wikidata statement)", true,
                        s::tier, Map.of("enum", List.of("primary", "secondary", "listing"))),
                new Column<>("source_urls", "string", "The addresses of every source the tie cites, joined by a "
                        + "space", false, t -> s.sources(t).stream().map(Source::url)
                        .collect(Collectors.joining(" "))));
    }

    private static List<Column<City>> cityColumns(Selection s) {
        Map<String, Long> ties = s.ties().stream().flatMap(t -> java.util.stream.Stream.of(t.cityA(), t.cityB()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return List.of(
                new Column<>("id", "string", "The city's id: country code, hyphen, slug", true, City::id,
                        Map.of("unique", true)),
                new Column<>("name_en", "string", "The English name", true, City::displayName),
                new Column<>("name_sr_latn", "string", "The Serbian name in Latin script, where known", false,
                        c -> c.names().getOrDefault("sr-Latn", "")),
                new Column<>("name_sr_cyrl", "string", "The Serbian name in Cyrillic script, where known", false,
                        c -> c.names().getOrDefault("sr-Cyrl", "")),
                new Column<>("country", "string", "ISO 3166-1 alpha-2", true, City::country,
                        Map.of("pattern", "[A-Z]{2}")),
                new Column<>("lat", "number", "Latitude, WGS84 decimal degrees", true,
                        c -> Double.toString(c.location().lat()), Map.of("minimum", -90, "maximum", 90)),
                new Column<>("lon", "number", "Longitude, WGS84 decimal degrees", true,
                        c -> Double.toString(c.location().lon()), Map.of("minimum", -180, "maximum", 180)),
                new Column<>("population", "integer", "Population, where known", false,
                        c -> c.population() == null ? "" : Long.toString(c.population().count())),
                new Column<>("population_year", "integer", "The year of the population figure", false,
                        c -> c.population() == null || c.population().year() == null ? ""
                                : c.population().year().toString()),
                new Column<>("geonames_id", "integer", "The GeoNames id, where known", false,
                        c -> c.geonamesId() == null ? "" : c.geonamesId().toString()),
                new Column<>("wikidata_id", "string", "The Wikidata item (Q...), where known", false,
                        c -> c.wikidataId() == null ? "" : c.wikidataId(), Map.of("pattern", "Q[1-9][0-9]*")),
                new Column<>("admin_type", "string", "For a Serbian unit: what it is", false,
                        c -> c.admin() == null ? "" : c.admin().type().code(),
                        Map.of("enum", codes(AdminType.class))),
                new Column<>("district", "string", "For a Serbian unit: its district", false,
                        c -> c.admin() == null || c.admin().district() == null ? "" : c.admin().district()),
                new Column<>("ties", "integer", "How many of the exported ties the city has", true,
                        c -> Long.toString(ties.getOrDefault(c.id(), 0L))));
    }

    private Csv() {
    }

    private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    public static void ties(Selection s, Writer out) {
        write(tieColumns(s), s.ties(), out);
    }

    public static void cities(Selection s, Writer out) {
        write(cityColumns(s), s.cities(), out);
    }

    /** The data package describing {@code ties.csv} and {@code cities.csv} of the selection. */
    public static void datapackage(Selection s, String created, Writer out) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("profile", "tabular-data-package");
        pkg.put("name", "pobratim-ties");
        pkg.put("title", "Pobratim: twin-city ties");
        pkg.put("description", "Twin-city ties (twinning, friendship and cooperation agreements) with their "
                + "dates, kinds, liveness, reasons and sources, and the cities they join.");
        pkg.put("version", Long.toString(s.atlas().version()));
        pkg.put("created", created);
        pkg.put("licenses", Notice.licences());
        pkg.put("sources", Notice.sources());
        Map<String, Object> tieSchema = schema(tieColumns(s));
        tieSchema.put("foreignKeys", List.of(foreignKey("city_a"), foreignKey("city_b")));
        pkg.put("resources", List.of(resource("ties", "ties.csv", tieSchema),
                resource("cities", "cities.csv", schema(cityColumns(s)))));
        try {
            out.write(JSON.writeValueAsString(pkg));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> foreignKey(String field) {
        return Map.of("fields", field, "reference", Map.of("resource", "cities", "fields", "id"));
    }

    private static Map<String, Object> resource(String name, String path, Map<String, Object> schema) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("path", path);
        r.put("profile", "tabular-data-resource");
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        r.put("dialect", Map.of("delimiter", ",", "lineTerminator", "\r\n", "header", true));
        r.put("schema", schema);
        return r;
    }

    private static <T> Map<String, Object> schema(List<Column<T>> columns) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Column<T> c : columns) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", c.name());
            f.put("type", c.type());
            f.put("description", c.description());
            Map<String, Object> constraints = new LinkedHashMap<>();
            if (c.required()) {
                constraints.put("required", true);
            }
            constraints.putAll(new java.util.TreeMap<>(c.constraints()));
            if (!constraints.isEmpty()) {
                f.put("constraints", constraints);
            }
            fields.add(f);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        schema.put("primaryKey", "id");
        return schema;
    }

    private static <T> void write(List<Column<T>> columns, List<T> rows, Writer out) {
        table(columns.stream().map(Column::name).toList(),
                rows.stream().map(row -> columns.stream().map(c -> c.value().apply(row)).toList()).toList(), out);
    }

    /** A CSV table (RFC 4180: CRLF, a field quoted when it holds a comma, a quote or a line break). */
    static void table(List<String> header, List<List<String>> rows, Writer out) {
        try {
            out.write(header.stream().map(Csv::cell).collect(Collectors.joining(",")));
            out.write("\r\n");
            for (List<String> row : rows) {
                out.write(row.stream().map(Csv::cell).collect(Collectors.joining(",")));
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
