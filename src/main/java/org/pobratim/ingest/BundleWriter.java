package org.pobratim.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pobratim.atlas.Activity;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Census;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.Conflict;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieState;
import org.pobratim.atlas.TieStatus;

/**
 * Writes records in the bundle format (data/README.md) in its canonical form, the form {@code data/} is kept in:
 * sources by id, cities by id in the file of their country, each tie in the file of its home city (the Serbian one;
 * of two Serbian cities or none, the first of the pair) sorted by partner; fields in the order the format lists them,
 * a blank line between entries of a list file; a value written plain where YAML reads it back as the same text,
 * double-quoted otherwise. Reading what this writes gives the same records ({@code BundleRoundTripTest}).
 *
 * <p>Only what the format holds is written: a tie's listings (what Wikidata or a list of pairs says) belong to the
 * list imports that made them, and a tie known only from lists is left out.
 */
public final class BundleWriter {
    private final StringBuilder out = new StringBuilder();

    private BundleWriter() {
    }

    /** The files of a bundle by their path relative to its folder ({@code sources.yaml}, {@code cities/rs.yaml}…). */
    public static SortedMap<String, String> files(Atlas atlas) {
        return files(atlas.sources().values(), atlas.cities().values(), atlas.ties().values());
    }

    public static SortedMap<String, String> files(Collection<Source> sources, Collection<City> cities,
                                                  Collection<Tie> ties) {
        SortedMap<String, String> files = new TreeMap<>();
        if (!sources.isEmpty()) {
            files.put("sources.yaml", entries(sources.stream().sorted(Comparator.comparing(Source::id)).toList(),
                    BundleWriter::source));
        }
        Map<String, List<City>> byCountry = cities.stream().collect(Collectors.groupingBy(
                c -> c.country().toLowerCase(Locale.ROOT), TreeMap::new, Collectors.toList()));
        byCountry.forEach((cc, list) -> files.put("cities/" + cc + ".yaml",
                entries(list.stream().sorted(Comparator.comparing(City::id)).toList(), BundleWriter::city)));
        Map<String, City> byId = cities.stream().collect(Collectors.toMap(City::id, c -> c, (a, b) -> a));
        Map<String, List<Tie>> byHome = ties.stream().filter(t -> !t.agreements().isEmpty())
                .collect(Collectors.groupingBy(t -> home(t, byId), TreeMap::new, Collectors.toList()));
        byHome.forEach((home, list) -> files.put("ties/" + home + ".yaml", tiesFile(home, list)));
        return files;
    }

    /** The city whose ties file holds the tie: its Serbian city; of two Serbian cities or none, the first. */
    public static String home(Tie tie, Map<String, City> cities) {
        boolean aSerbian = serbian(cities.get(tie.cityA()), tie.cityA());
        boolean bSerbian = serbian(cities.get(tie.cityB()), tie.cityB());
        return bSerbian && !aSerbian ? tie.cityB() : tie.cityA();
    }

    private static boolean serbian(City city, String id) {
        return city == null ? id.startsWith("rs-") : Serbia.CODE.equals(city.country());
    }

    private static <T> String entries(List<T> items, java.util.function.BiConsumer<BundleWriter, T> entry) {
        BundleWriter w = new BundleWriter();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                w.out.append('\n');
            }
            entry.accept(w, items.get(i));
        }
        return w.out.toString();
    }

    private static String tiesFile(String home, List<Tie> ties) {
        BundleWriter w = new BundleWriter();
        w.line(0, "city: " + block(home));
        w.line(0, "ties:");
        ties.stream().sorted(Comparator.comparing(t -> partner(t, home))).forEach(t -> w.tie(home, t));
        return w.out.toString();
    }

    private static String partner(Tie tie, String home) {
        return tie.cityA().equals(home) ? tie.cityB() : tie.cityA();
    }

    private void source(Source s) {
        first(0, "id", s.id());
        text(2, "url", s.url());
        text(2, "title", s.title());
        text(2, "publisher", s.publisher());
        if (s.published().isKnown()) {
            field(2, "published", s.published().toString());
        }
        field(2, "accessed", s.accessed().toString());
        field(2, "language", s.language());
        field(2, "tier", s.tier().code());
    }

    private void city(City c) {
        first(0, "id", c.id());
        line(2, "names:");
        c.names().entrySet().stream().sorted(Comparator.comparing(e -> nameOrder(e.getKey())))
                .forEach(e -> text(4, e.getKey(), e.getValue()));
        if (!c.alternates().isEmpty()) {
            line(2, "alternates: [" + c.alternates().stream().map(YamlScalar::quoted).collect(Collectors.joining(", "))
                    + "]");
        }
        field(2, "country", c.country());
        field(2, "lat", number(c.location().lat()));
        field(2, "lon", number(c.location().lon()));
        if (c.population() != null) {
            List<String> parts = new ArrayList<>();
            parts.add("count: " + c.population().count());
            if (c.population().year() != null) {
                parts.add("year: " + c.population().year());
            }
            if (c.population().source() != null) {
                parts.add("source: " + flow(c.population().source()));
            }
            line(2, "population: {" + String.join(", ", parts) + "}");
        }
        field(2, "geonames", c.geonamesId() == null ? null : c.geonamesId().toString());
        field(2, "wikidata", c.wikidataId());
        if (c.admin() != null) {
            List<String> parts = new ArrayList<>();
            parts.add("type: " + c.admin().type().code());
            if (c.admin().district() != null) {
                parts.add("district: " + flow(c.admin().district()));
            }
            if (c.admin().parent() != null) {
                parts.add("parent: " + flow(c.admin().parent()));
            }
            line(2, "admin: {" + String.join(", ", parts) + "}");
        }
        list(2, "sources", c.sources());
        if (c.census() != null) {
            census(c.census());
        }
    }

    /** Names in the order data/ keeps them: English, Serbian in Latin then Cyrillic, then the rest by tag. */
    private static String nameOrder(String tag) {
        return switch (tag) {
            case "en" -> "0";
            case "sr-Latn" -> "1";
            case "sr-Cyrl" -> "2";
            default -> "3" + tag;
        };
    }

    private void census(Census census) {
        line(2, "census:");
        field(4, "year", Integer.toString(census.year()));
        field(4, "total", census.total() == null ? null : census.total().toString());
        if (!census.counts().isEmpty()) {
            line(4, "groups: {" + census.counts().entrySet().stream().map(e -> e.getKey().code() + ": " + e.getValue())
                    .collect(Collectors.joining(", ")) + "}");
        }
        if (!census.percents().isEmpty()) {
            line(4, "percent: {" + census.percents().entrySet().stream()
                    .map(e -> e.getKey().code() + ": " + number(e.getValue())).collect(Collectors.joining(", ")) + "}");
        }
        list(4, "sources", census.sources());
        text(4, "note", census.note());
    }

    private void tie(String home, Tie t) {
        first(2, "partner", partner(t, home));
        line(4, "agreements:");
        for (Agreement a : t.agreements()) {
            first(6, "kind", a.kind().code());
            field(8, "date", a.date().toString());
            text(8, "title", a.title());
            list(8, "sources", a.sources());
        }
        status(t.status());
        if (!t.reasons().isEmpty()) {
            line(4, "reasons:");
            for (Reason r : t.reasons()) {
                first(6, "category", r.category().code());
                text(8, "en", r.narrative().en());
                text(8, "sr-Latn", r.narrative().srLatn());
                list(8, "sources", r.sources());
                list(8, "traits", r.traits().stream().map(Coded::code).toList());
            }
        }
        if (!t.activity().isEmpty()) {
            line(4, "activity:");
            for (Activity a : t.activity()) {
                first(6, "date", a.date().toString());
                field(8, "kind", a.kind().code());
                text(8, "en", a.description().en());
                text(8, "sr-Latn", a.description().srLatn());
                list(8, "sources", a.sources());
            }
        }
        if (!t.conflicts().isEmpty()) {
            line(4, "conflicts:");
            for (Conflict c : t.conflicts()) {
                first(6, "about", c.about().code());
                text(8, "claim", c.claim());
                list(8, "sources", c.sources());
            }
        }
    }

    private void status(TieStatus s) {
        if (s.state() == TieState.UNKNOWN && !s.since().isKnown() && s.note() == null && s.sources().isEmpty()) {
            return;
        }
        line(4, "status:");
        field(6, "state", s.state().code());
        if (s.since().isKnown()) {
            field(6, "since", s.since().toString());
        }
        text(6, "note", s.note());
        list(6, "sources", s.sources());
    }

    /** The first field of a list entry: {@code - key: value} at {@code indent}. */
    private void first(int indent, String key, String value) {
        line(indent, "- " + key + ": " + block(value));
    }

    private void field(int indent, String key, String value) {
        if (value != null) {
            line(indent, key + ": " + block(value));
        }
    }

    /** A field of human text (a title, a name, a narrative, a note, a url): always in double quotes. */
    private void text(int indent, String key, String value) {
        if (value != null) {
            line(indent, key + ": " + YamlScalar.quoted(value));
        }
    }

    private void list(int indent, String key, List<String> values) {
        if (!values.isEmpty()) {
            line(indent, key + ": [" + values.stream().map(BundleWriter::flow).collect(Collectors.joining(", ")) + "]");
        }
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }

    /** The shortest decimal that reads back as the same double, never in exponent form. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String block(String value) {
        return YamlScalar.write(value, false);
    }

    private static String flow(String value) {
        return YamlScalar.write(value, true);
    }
}
