package org.pobratim.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.pobratim.atlas.Activity;
import org.pobratim.atlas.ActivityKind;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Census;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.Conflict;
import org.pobratim.atlas.ConflictTopic;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.LocalizedText;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Population;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.SerbianAdmin;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieState;
import org.pobratim.atlas.TieStatus;
import org.pobratim.atlas.Trait;

/**
 * Turns the YAML entries of the data format (see data/README.md) into domain records. Each method returns
 * empty after reporting its problems, so a caller can go on and collect the problems of a whole file.
 */
final class EntryParser {
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "url", "title", "publisher", "published", "accessed",
            "language", "tier");
    private static final Set<String> CITY_FIELDS = Set.of("id", "names", "alternates", "country", "lat", "lon",
            "population", "geonames", "wikidata", "admin", "sources", "census");
    private static final Set<String> TIE_FIELDS = Set.of("partner", "agreements", "status", "reasons", "activity",
            "conflicts");

    private EntryParser() {
    }

    static Optional<Source> source(YamlFields f) {
        f.rejectUnknown(SOURCE_FIELDS);
        String id = f.text("id");
        String url = f.text("url");
        String title = f.text("title");
        PartialDate published = optionalDate(f, "published");
        LocalDate accessed = day(f, "accessed");
        Optional<SourceTier> tier = code(f, "tier", SourceTier.class);
        if (id == null || url == null || title == null || accessed == null || tier.isEmpty()) {
            return Optional.empty();
        }
        return build(f, null, () -> new Source(id, url, title, f.optionalText("publisher"), published, accessed,
                f.optionalText("language"), tier.get()));
    }

    static Optional<City> city(YamlFields f) {
        f.rejectUnknown(CITY_FIELDS);
        String id = f.text("id");
        String country = f.text("country");
        Map<String, String> names = new LinkedHashMap<>();
        f.mapping("names").ifPresentOrElse(n -> n.keys().forEach(tag -> {
            String name = n.text(tag);
            if (name != null) {
                names.put(tag, name);
            }
        }), () -> f.problem("names", "is required (at least en)"));
        Double lat = f.number("lat");
        Double lon = f.number("lon");
        Coordinates location = lat == null || lon == null ? null
                : build(f, "lat", () -> new Coordinates(lat, lon)).orElse(null);
        Population population = f.mapping("population").flatMap(EntryParser::population).orElse(null);
        SerbianAdmin admin = f.mapping("admin").flatMap(EntryParser::admin).orElse(null);
        Long geonames = f.optionalWholeNumber("geonames");
        Census census = f.mapping("census").flatMap(CensusEntry::parse).orElse(null);
        if (id == null || country == null || location == null) {
            return Optional.empty();
        }
        return build(f, null, () -> new City(id, names, f.texts("alternates"), country, location, population,
                geonames, f.optionalText("wikidata"), admin, f.texts("sources"), census));
    }

    private static Optional<Population> population(YamlFields f) {
        f.rejectUnknown(Set.of("count", "year", "source"));
        Long count = f.optionalWholeNumber("count");
        Long year = f.optionalWholeNumber("year");
        if (count == null) {
            f.problem("count", "is required");
            return Optional.empty();
        }
        return build(f, "year", () -> new Population(count, year == null ? null : year.intValue(),
                f.optionalText("source")));
    }

    private static Optional<SerbianAdmin> admin(YamlFields f) {
        f.rejectUnknown(Set.of("type", "district", "parent"));
        return code(f, "type", AdminType.class).flatMap(type -> build(f, "parent",
                () -> new SerbianAdmin(type, f.optionalText("district"), f.optionalText("parent"))));
    }

    /** One tie of a ties file, seen from its home city. */
    static Optional<Tie> tie(String homeCity, YamlFields f) {
        f.rejectUnknown(TIE_FIELDS);
        String partner = f.text("partner");
        List<Agreement> agreements = new ArrayList<>();
        for (YamlFields a : f.mappings("agreements")) {
            agreement(a).ifPresent(agreements::add);
        }
        if (!f.has("agreements")) {
            f.problem("agreements", "at least one agreement is required");
        }
        TieStatus status = f.mapping("status").flatMap(EntryParser::status).orElse(null);
        List<Reason> reasons = new ArrayList<>();
        for (YamlFields r : f.mappings("reasons")) {
            reason(r).ifPresent(reasons::add);
        }
        List<Activity> activity = new ArrayList<>();
        for (YamlFields a : f.mappings("activity")) {
            activity(a).ifPresent(activity::add);
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (YamlFields c : f.mappings("conflicts")) {
            conflict(c).ifPresent(conflicts::add);
        }
        if (homeCity == null || partner == null || agreements.isEmpty()) {
            return Optional.empty();
        }
        return build(f, "partner", () -> new Tie(homeCity, partner, agreements, status, reasons, activity, conflicts));
    }

    private static Optional<Agreement> agreement(YamlFields f) {
        f.rejectUnknown(Set.of("kind", "date", "title", "sources"));
        Optional<AgreementKind> kind = code(f, "kind", AgreementKind.class);
        PartialDate date = optionalDate(f, "date");
        List<String> sources = requiredSources(f);
        if (kind.isEmpty() || sources.isEmpty()) {
            return Optional.empty();
        }
        return build(f, null, () -> new Agreement(kind.get(), date, f.optionalText("title"), sources));
    }

    private static Optional<TieStatus> status(YamlFields f) {
        f.rejectUnknown(Set.of("state", "since", "note", "sources"));
        Optional<TieState> state = code(f, "state", TieState.class);
        PartialDate since = optionalDate(f, "since");
        return state.flatMap(s -> build(f, "sources", () -> new TieStatus(s, since, f.optionalText("note"),
                f.texts("sources"))));
    }

    private static Optional<Reason> reason(YamlFields f) {
        f.rejectUnknown(Set.of("category", "en", "sr-Latn", "sources", "traits"));
        Optional<ReasonCategory> category = code(f, "category", ReasonCategory.class);
        Optional<LocalizedText> text = narrative(f);
        List<Trait> traits = new ArrayList<>();
        for (String trait : f.texts("traits")) {
            Coded.parse(Trait.class, trait).ifPresentOrElse(traits::add,
                    () -> f.problem("traits", "'" + trait + "' is not one of " + Coded.choices(Trait.class)));
        }
        if (category.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return build(f, "sources", () -> new Reason(category.get(), text.get(), f.texts("sources"), traits));
    }

    private static Optional<Activity> activity(YamlFields f) {
        f.rejectUnknown(Set.of("date", "kind", "en", "sr-Latn", "sources"));
        Optional<ActivityKind> kind = code(f, "kind", ActivityKind.class);
        PartialDate date = optionalDate(f, "date");
        Optional<LocalizedText> text = narrative(f);
        List<String> sources = requiredSources(f);
        if (kind.isEmpty() || text.isEmpty() || sources.isEmpty()) {
            return Optional.empty();
        }
        return build(f, null, () -> new Activity(date, kind.get(), text.get(), sources));
    }

    private static Optional<Conflict> conflict(YamlFields f) {
        f.rejectUnknown(Set.of("about", "claim", "sources"));
        Optional<ConflictTopic> about = code(f, "about", ConflictTopic.class);
        String claim = f.text("claim");
        List<String> sources = requiredSources(f);
        if (about.isEmpty() || claim == null || sources.isEmpty()) {
            return Optional.empty();
        }
        return build(f, null, () -> new Conflict(about.get(), claim, sources));
    }

    private static Optional<LocalizedText> narrative(YamlFields f) {
        String en = f.text("en");
        String sr = f.text("sr-Latn");
        return en == null || sr == null ? Optional.empty() : Optional.of(new LocalizedText(en, sr));
    }

    private static List<String> requiredSources(YamlFields f) {
        List<String> sources = f.texts("sources");
        if (sources.isEmpty()) {
            f.problem("sources", "at least one source id is required");
        }
        return sources;
    }

    private static <E extends Enum<E> & Coded> Optional<E> code(YamlFields f, String key, Class<E> type) {
        String text = f.text(key);
        if (text == null) {
            return Optional.empty();
        }
        Optional<E> value = Coded.parse(type, text);
        if (value.isEmpty()) {
            f.problem(key, "'" + text + "' is not one of " + Coded.choices(type));
        }
        return value;
    }

    private static PartialDate optionalDate(YamlFields f, String key) {
        String text = f.optionalText(key);
        if (text == null) {
            return PartialDate.UNKNOWN;
        }
        return build(f, key, () -> PartialDate.parse(text)).orElse(PartialDate.UNKNOWN);
    }

    private static LocalDate day(YamlFields f, String key) {
        String text = f.text(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            f.problem(key, "'" + text + "' is not a day like 2026-11-25");
            return null;
        }
    }

    /** Runs a record constructor; its complaint becomes a problem at the given field (or the entry). */
    private static <T> Optional<T> build(YamlFields f, String key, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            f.problem(key, e.getMessage());
            return Optional.empty();
        }
    }
}
