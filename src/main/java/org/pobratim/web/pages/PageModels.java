package org.pobratim.web.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.ArticleAnswers;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.AtlasStats;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieQuery;
import org.pobratim.atlas.TieState;
import org.pobratim.web.pages.Views.Chart;
import org.pobratim.web.pages.Views.Chrome;
import org.pobratim.web.pages.Views.Cousin;
import org.pobratim.web.pages.Views.Fact;
import org.pobratim.web.pages.Views.Filter;
import org.pobratim.web.pages.Views.Line;
import org.pobratim.web.pages.Views.Link;
import org.pobratim.web.pages.Views.Option;
import org.pobratim.web.pages.Views.SourceItem;
import org.pobratim.web.pages.Views.Story;
import org.pobratim.web.pages.Views.TieRow;

/**
 * Builds the views of the pages from one atlas snapshot: a pure function of the snapshot, the language and the
 * request's parameters, so that every page of one snapshot agrees with the JSON API.
 */
final class PageModels {
    static final String SERBIA = "RS";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TOP_COUNTRIES = 15;
    private static final int MAX_COUSINS = 40;

    private final Atlas atlas;
    private final PageText text;
    private final String tileUrl;
    private final String tileAttribution;

    PageModels(Atlas atlas, PageText text, String tileUrl, String tileAttribution) {
        this.atlas = atlas;
        this.text = text;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    Chrome chrome(String title, String description, String path) {
        return new Chrome(text, title, description, path, tileUrl, tileAttribution);
    }

    /** The home page's filters, parsed from the query string; an unknown value is a bad request naming it. */
    record HomeFilter(AgreementKind kind, TieState state, Integer decade, ReasonCategory reason, String country) {
        boolean any() {
            return kind != null || state != null || decade != null || reason != null || country != null;
        }

        TieQuery query() {
            return new TieQuery(null, SERBIA, country, kind, state, reason, decade, decade == null ? null : decade + 9);
        }
    }

    Views.Home home(HomeFilter filter) {
        List<Tie> ties = atlas.findTies(filter.query(), 0, Integer.MAX_VALUE).items();
        List<Tie> allSerbian = serbianTies();
        Set<String> homes = new TreeSet<>();
        Set<String> partners = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        for (Tie tie : ties) {
            City home = home(tie);
            City partner = partner(tie, home);
            homes.add(home.id());
            partners.add(partner.id());
            countries.add(partner.country());
        }
        List<Filter> filters = List.of(
                new Filter("kind", text.t("home.filter.kind"), options(AgreementKind.class, "kind", filter.kind())),
                new Filter("status", text.t("home.filter.status"), options(TieState.class, "status", filter.state())),
                new Filter("decade", text.t("home.filter.decade"), decades(allSerbian, filter.decade())),
                new Filter("reason", text.t("home.filter.reason"),
                        options(ReasonCategory.class, "reason", filter.reason())),
                new Filter("country", text.t("home.filter.country"), partnerCountries(allSerbian, filter.country())));
        String counts = text.t("home.counts", ties.size(), homes.size(), partners.size(), countries.size());
        Story featured = allSerbian.stream().filter(t -> t.reasons().stream()
                        .anyMatch(r -> r.category() != ReasonCategory.UNKNOWN && r.narrative() != null))
                .findFirst().map(this::story).orElse(null);
        Chrome chrome = chrome(text.t("home.title"), text.t("home.description"), "/");
        return new Views.Home(chrome, filters, filter.any(), counts, mapJson(ties, null), rows(ties, null), featured);
    }

    private <E extends Enum<E> & Coded> List<Option> options(Class<E> type, String prefix, E selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", text.t("home.filter.any"), selected == null));
        for (E value : type.getEnumConstants()) {
            options.add(new Option(value.code(), text.label(prefix, value), value == selected));
        }
        return options;
    }

    private List<Option> decades(List<Tie> ties, Integer selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", text.t("home.filter.any"), selected == null));
        ties.stream().map(t -> t.established().yearOrNull()).filter(java.util.Objects::nonNull)
                .map(y -> y / 10 * 10).collect(Collectors.toCollection(TreeSet::new))
                .forEach(d -> options.add(new Option(String.valueOf(d), text.t("date.decade", String.valueOf(d)),
                        d.equals(selected))));
        return options;
    }

    private List<Option> partnerCountries(List<Tie> ties, String selected) {
        Map<String, String> byName = new TreeMap<>(java.text.Collator.getInstance(text.lang().locale()));
        for (Tie tie : ties) {
            String code = partner(tie, home(tie)).country();
            byName.put(text.country(code), code);
        }
        List<Option> options = new ArrayList<>();
        options.add(new Option("", text.t("home.filter.any"), selected == null));
        byName.forEach((name, code) -> options.add(new Option(code, name, code.equals(selected))));
        return options;
    }

    /** Every tie with a Serbian city, oldest first. */
    private List<Tie> serbianTies() {
        return atlas.findTies(new TieQuery(null, SERBIA, null, null, null, null, null, null), 0, Integer.MAX_VALUE)
                .items();
    }

    /** The Serbian side of a tie (the first in id order when both are Serbian). */
    private City home(Tie tie) {
        City a = atlas.cities().get(tie.cityA());
        return a.country().equals(SERBIA) ? a : atlas.cities().get(tie.cityB());
    }

    /** The other city of a tie. */
    private City partner(Tie tie, City home) {
        return atlas.cities().get(tie.partnerOf(home.id()).orElseThrow());
    }

    Link cityLink(City city) {
        return new Link(text.href("/city/" + city.id()), text.name(city));
    }

    Link countryLink(String code) {
        return new Link(text.href("/country/" + code.toLowerCase(Locale.ROOT)), text.country(code));
    }

    String tieHref(Tie tie) {
        return text.href("/tie/" + tie.id());
    }

    private List<TieRow> rows(List<Tie> ties, City fixedHome) {
        List<TieRow> rows = new ArrayList<>();
        for (Tie tie : ties) {
            City home = fixedHome != null ? fixedHome : home(tie);
            City partner = partner(tie, home);
            String kinds = tie.agreements().stream().map(a -> text.label("kind", a.kind())).distinct()
                    .collect(Collectors.joining(", "));
            String reasons = tie.reasonCategories().stream().map(r -> text.label("reason", r))
                    .collect(Collectors.joining(", "));
            rows.add(new TieRow(tieHref(tie), cityLink(home), cityLink(partner), countryLink(partner.country()),
                    text.year(tie.established()), kinds, text.label("status", tie.status().state()), reasons,
                    tie.sourceIds().size()));
        }
        return rows;
    }

    private String pair(Tie tie) {
        City home = home(tie);
        return text.name(home) + " – " + text.name(partner(tie, home));
    }

    private Story story(Tie tie) {
        Reason reason = tie.reasons().stream().filter(r -> r.narrative() != null).findFirst().orElseThrow();
        return new Story(tieHref(tie), pair(tie), text.label("reason", reason.category()),
                text.narrative(reason.narrative()), text.year(tie.established()));
    }

    /**
     * The data the map script draws: cities (name, point, page, whether Serbian) and arcs between them by index,
     * with the tie's page. {@code focus} is the city a page is about, drawn larger.
     */
    String mapJson(List<Tie> ties, City focus) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Map<String, Object>> cities = new ArrayList<>();
        List<List<Object>> arcs = new ArrayList<>();
        java.util.function.Function<City, Integer> add = city -> index.computeIfAbsent(city.id(), id -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", text.name(city));
            c.put("lat", city.location().lat());
            c.put("lon", city.location().lon());
            c.put("href", text.href("/city/" + city.id()));
            c.put("home", city.country().equals(SERBIA));
            if (focus != null && city.id().equals(focus.id())) {
                c.put("focus", true);
            }
            cities.add(c);
            return cities.size() - 1;
        });
        if (focus != null) {
            add.apply(focus);
        }
        for (Tie tie : ties) {
            City a = atlas.cities().get(tie.cityA());
            City b = atlas.cities().get(tie.cityB());
            arcs.add(List.of(add.apply(a), add.apply(b), tieHref(tie), pair(tie)));
        }
        try {
            return JSON.writeValueAsString(Map.of("cities", cities, "arcs", arcs))
                    .replace("</", "<\\/"); // safe inside a <script> element
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Views.CityPage> city(String id) {
        return atlas.city(id).map(city -> {
            List<Tie> ties = atlas.tiesOf(city.id());
            String name = text.name(city);
            List<Fact> names = new ArrayList<>();
            if (city.names().containsKey("sr-Latn") || city.names().containsKey("sr-Cyrl")) {
                // both Serbian scripts, one derived from the other where only one is curated; a foreign city
                // with no Serbian name gets none (transliterating its own spelling would invent one)
                names.add(new Fact("sr-Latn", city.names().containsKey("sr-Latn") ? city.names().get("sr-Latn")
                        : org.pobratim.names.SerbianScript.toLatin(city.names().get("sr-Cyrl"))));
                names.add(new Fact("sr-Cyrl", text.cyrillicName(city)));
            }
            city.names().forEach((tag, n) -> {
                if (!tag.equals("sr-Latn") && !tag.equals("sr-Cyrl")) {
                    names.add(new Fact(tag, n));
                }
            });
            if (!city.alternates().isEmpty()) {
                names.add(new Fact("…", String.join(", ", city.alternates())));
            }
            List<Fact> facts = new ArrayList<>();
            facts.add(new Fact(text.t("city.country"), text.country(city.country())));
            if (city.admin() != null) {
                facts.add(new Fact(text.t("city.admin"), text.label("admin", city.admin().type())));
                if (city.admin().district() != null) {
                    facts.add(new Fact(text.t("city.district"), text.lang() == Lang.SR_CYRL
                            ? org.pobratim.names.SerbianScript.toCyrillic(city.admin().district())
                            : city.admin().district()));
                }
            }
            if (city.population() != null) {
                String count = String.format(text.lang().locale(), "%,d", city.population().count());
                facts.add(new Fact(text.t("city.population"), city.population().year() == null ? count
                        : text.t("city.populationYear", count, String.valueOf(city.population().year()))));
            }
            String partnerNames = ties.stream().map(t -> text.name(partner(t, city)))
                    .collect(Collectors.joining(", "));
            String description = ties.isEmpty()
                    ? text.t("city.descriptionNone", name, text.country(city.country()))
                    : text.t("city.description", name, text.country(city.country()), ties.size(), partnerNames);
            Chrome chrome = chrome(text.t("city.title", name), description, "/city/" + city.id());
            List<Svg.Span> spans = new ArrayList<>();
            List<String> undated = new ArrayList<>();
            for (Tie tie : ties) {
                City partner = partner(tie, city);
                Integer from = tie.established().yearOrNull();
                if (from == null) {
                    undated.add(text.name(partner));
                    continue;
                }
                boolean over = tie.status().state() == TieState.ENDED || tie.status().state() == TieState.SUSPENDED;
                spans.add(new Svg.Span(text.name(partner), from, over ? tie.status().since().yearOrNull() : null));
            }
            int today = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
            String timeline = Svg.timeline(text.t("city.timeline"), spans, today);
            return new Views.CityPage(chrome, name, names, facts,
                    org.pobratim.atlas.ArticleAnswers.inKosovo(city) ? text.t("city.inKosovo") : null,
                    mapJson(ties, city), rows(ties, city), timeline,
                    undated.isEmpty() ? null : text.t("city.timelineUnknown", String.join(", ", undated)),
                    cousins(city, ties));
        });
    }

    /** Cities that share a partner with this one, those sharing most first. */
    private List<Cousin> cousins(City city, List<Tie> ties) {
        Map<String, Set<String>> shared = new TreeMap<>();
        for (Tie tie : ties) {
            City partner = partner(tie, city);
            for (Tie other : atlas.tiesOf(partner.id())) {
                String cousin = other.partnerOf(partner.id()).orElseThrow();
                if (!cousin.equals(city.id())) {
                    shared.computeIfAbsent(cousin, k -> new TreeSet<>()).add(text.name(partner));
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_COUSINS)
                .map(e -> {
                    City cousin = atlas.cities().get(e.getKey());
                    return new Cousin(cityLink(cousin), countryLink(cousin.country()),
                            text.t("city.sharedPartners", String.join(", ", e.getValue())));
                }).toList();
    }

    Optional<Views.TiePage> tie(String id) {
        return atlas.tie(id).map(tie -> {
            City home = home(tie);
            City partner = partner(tie, home);
            String established = text.date(tie.established());
            String distance = text.t("tie.distanceKm",
                    String.format(text.lang().locale(), "%,d", Math.round(home.location().distanceKm(partner.location()))));
            List<Line> agreements = tie.agreements().stream().map(a -> new Line(text.date(a.date()),
                    text.label("kind", a.kind()), a.title(), a.sources())).toList();
            Line status = tie.status().state() == TieState.UNKNOWN ? null
                    : new Line(text.date(tie.status().since()), text.label("status", tie.status().state()),
                    tie.status().note(), tie.status().sources());
            List<Story> reasons = tie.reasons().stream().map(r -> new Story(null, null,
                    text.label("reason", r.category()), text.narrative(r.narrative()), null)).toList();
            List<Line> activity = tie.activity().stream().map(a -> new Line(text.date(a.date()),
                    text.label("activity", a.kind()), text.narrative(a.description()), a.sources())).toList();
            List<Line> conflicts = tie.conflicts().stream().map(c -> new Line(null,
                    text.label("conflict", c.about()), c.claim(), c.sources())).toList();
            List<SourceItem> sources = tie.sourceIds().stream().map(atlas.sources()::get)
                    .filter(java.util.Objects::nonNull).map(this::source).toList();
            String title = text.t("tie.title", text.name(home), text.name(partner));
            String kinds = tie.agreements().stream().map(a -> text.label("kind", a.kind())).distinct()
                    .collect(Collectors.joining(", "));
            String description = text.t("tie.description", text.name(home), text.name(partner),
                    text.country(home.country()), text.country(partner.country()), established, kinds);
            return new Views.TiePage(chrome(title, description, "/tie/" + tie.id()), cityLink(home),
                    cityLink(partner), countryLink(home.country()), countryLink(partner.country()), distance,
                    established, agreements, status, reasons, activity, conflicts, sources, mapJson(List.of(tie), null));
        });
    }

    private SourceItem source(Source source) {
        return new SourceItem(source.id(), source.url(), source.title(), source.publisher(),
                source.published() == null || !source.published().isKnown() ? null : text.date(source.published()),
                source.accessed() == null ? null : source.accessed().toString());
    }

    Optional<Views.CountryPage> country(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{2}") || !java.util.Arrays.asList(Locale.getISOCountries()).contains(upper)
                && !upper.equals("XK")) {
            return Optional.empty();
        }
        List<Tie> ties = atlas.findTies(new TieQuery(null, SERBIA, upper, null, null, null, null, null), 0,
                Integer.MAX_VALUE).items();
        String name = text.country(upper);
        long units = ties.stream().map(t -> home(t).id()).distinct().count();
        String summary = ties.isEmpty() ? text.t("country.none", name)
                : text.t("country.description", units, ties.size(), name);
        return Optional.of(new Views.CountryPage(chrome(text.t("country.title", name), summary,
                "/country/" + upper.toLowerCase(Locale.ROOT)), name, summary, mapJson(ties, null), rows(ties, null)));
    }

    Views.StoriesPage stories() {
        List<Tie> serbian = serbianTies();
        List<Story> explained = new ArrayList<>();
        List<Story> inexplicable = new ArrayList<>();
        for (Tie tie : serbian) {
            for (Reason reason : tie.reasons()) {
                if (reason.narrative() == null) {
                    continue;
                }
                Story story = new Story(tieHref(tie), pair(tie), text.label("reason", reason.category()),
                        text.narrative(reason.narrative()), text.year(tie.established()));
                (reason.category() == ReasonCategory.UNKNOWN ? inexplicable : explained).add(story);
            }
        }
        long unknown = serbian.stream().filter(t -> t.reasonCategories().equals(Set.of(ReasonCategory.UNKNOWN)))
                .count();
        return new Views.StoriesPage(chrome(text.t("stories.title"), text.t("stories.description"), "/stories"),
                explained, inexplicable, text.t("stories.unknownShare", unknown, serbian.size()));
    }

    Views.StatsPage stats() {
        AtlasStats stats = atlas.stats(SERBIA);
        List<Chart> charts = new ArrayList<>();
        charts.add(chart(text.t("stats.byDecade"), stats.byDecade().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Svg.Bar(e.getKey().equals("unknown") ? text.t("date.unknown")
                        : text.t("date.decade", e.getKey().replace("s", "")), e.getValue())).toList()));
        charts.add(chart(text.t("stats.byCountry"), stats.byPartnerCountry().entrySet().stream()
                .limit(TOP_COUNTRIES).map(e -> new Svg.Bar(text.country(e.getKey()), e.getValue())).toList()));
        charts.add(chart(text.t("stats.byKind"), coded(stats.byKind(), AgreementKind.class, "kind")));
        charts.add(chart(text.t("stats.byReason"), coded(stats.byReason(), ReasonCategory.class, "reason")));
        ArticleAnswers answers = ArticleAnswers.of(atlas);
        List<String> sentences = new ArrayList<>();
        String oldest = answers.oldestTies().stream().map(id -> atlas.tie(id).map(this::pair).orElse(id))
                .collect(Collectors.joining("; "));
        sentences.add(text.t("stats.oldest", oldest, answers.oldestYear()));
        if (!answers.mostTies().isEmpty()) {
            ArticleAnswers.Ranked top = answers.mostTies().get(0);
            sentences.add(text.t("stats.most", atlas.city(top.id()).map(text::name).orElse(top.id()), top.count()));
        }
        sentences.add(text.t("stats.greek", answers.serbianUnitsWithGreekPartner(), answers.serbianUnits(),
                percent(answers.serbianUnitsWithGreekPartner(), answers.serbianUnits()),
                answers.outsideKosovoWithGreekPartner(), answers.serbianUnitsOutsideKosovo()));
        sentences.add(text.t("stats.unknown", answers.tiesWithUnknownReason(), answers.ties(),
                percent(answers.tiesWithUnknownReason(), answers.ties())));
        sentences.add(text.t("stats.topCountries", answers.partnerCountries().stream().limit(10)
                .map(r -> text.country(r.id()) + " " + r.count()).collect(Collectors.joining(", "))));
        return new Views.StatsPage(chrome(text.t("stats.title"), text.t("stats.description"), "/stats"), charts,
                sentences);
    }

    private <E extends Enum<E> & Coded> List<Svg.Bar> coded(Map<String, Long> counts, Class<E> type, String prefix) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Svg.Bar(Coded.parse(type, e.getKey()).map(v -> text.label(prefix, v))
                        .orElse(e.getKey()), e.getValue())).toList();
    }

    private Chart chart(String title, List<Svg.Bar> bars) {
        return new Chart(title, Svg.bars(title, bars),
                bars.stream().map(b -> new Fact(b.label(), String.valueOf(b.value()))).toList());
    }

    private String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(text.lang().locale(), "%.0f %%", 100.0 * part / whole);
    }
}
