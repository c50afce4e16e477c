package org.pobratim.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieQuery;
import org.pobratim.atlas.TieSides;
import org.pobratim.atlas.TieState;
import org.pobratim.explain.Explanation;
import org.pobratim.explain.Explanations;
import org.pobratim.explain.Liveness;
import org.pobratim.web.pages.Views.Filter;
import org.pobratim.web.pages.Views.Option;

/** The home page: the map of Serbia's ties with its filters, whose counts follow them, and a featured story. */
final class HomeModel {
    private HomeModel() {
    }

    /**
     * The home page's filters, parsed from the query string; null does not filter. Liveness and how a tie is
     * explained come from the snapshot's explanations, the rest from the atlas's tie query.
     */
    record HomeFilter(AgreementKind kind, TieState state, Integer decade, ReasonCategory reason, String country,
                      Liveness liveness, Explanation.Basis explained) {
        boolean any() {
            return kind != null || state != null || decade != null || reason != null || country != null
                    || liveness != null || explained != null;
        }

        boolean matches(Tie tie, Explanations explanations) {
            return (liveness == null || explanations.liveness(tie).state() == liveness)
                    && (explained == null || explanations.of(tie).basis() == explained);
        }

        /** The query string of these filters and a page of the table ({@code ?kind=twinning&page=2}). */
        String queryWith(int page) {
            List<String> parts = new ArrayList<>();
            add(parts, "kind", kind);
            add(parts, "status", state);
            if (decade != null) {
                parts.add("decade=" + decade);
            }
            add(parts, "reason", reason);
            if (country != null) {
                parts.add("country=" + country);
            }
            add(parts, "liveness", liveness);
            add(parts, "explained", explained);
            if (page > 1) {
                parts.add("page=" + page);
            }
            return parts.isEmpty() ? "" : "?" + String.join("&", parts);
        }

        private static void add(List<String> parts, String name, Coded value) {
            if (value != null) {
                parts.add(name + "=" + value.code());
            }
        }

        TieQuery query() {
            return new TieQuery(null, Serbia.CODE, country, kind, state, reason, decade,
                    decade == null ? null : decade + 9);
        }
    }

    /** How many ties a page of the home table lists (the map and the counts always show them all). */
    static final int PAGE = 50;

    /**
     * The home page with page {@code page} (1-based) of its table.
     *
     * @throws BadPageParameter when the filtered ties have no such page
     */
    static Views.Home build(PageParts parts, HomeFilter filter, int page) {
        PageText text = parts.text;
        List<Tie> ties = filtered(parts, filter);
        List<Tie> allSerbian = parts.serbianTies();
        Set<String> homes = new TreeSet<>();
        Set<String> partners = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        for (Tie tie : ties) {
            TieSides sides = parts.sides(tie);
            homes.add(sides.home().id());
            partners.add(sides.partner().id());
            countries.add(sides.partner().country());
        }
        List<Filter> filters = List.of(
                new Filter("kind", text.t("home.filter.kind"), options(text, AgreementKind.class, filter.kind())),
                new Filter("status", text.t("home.filter.status"), options(text, TieState.class, filter.state())),
                new Filter("decade", text.t("home.filter.decade"), decades(text, allSerbian, filter.decade())),
                new Filter("reason", text.t("home.filter.reason"), options(text, ReasonCategory.class, filter.reason())),
                new Filter("country", text.t("home.filter.country"), partnerCountries(parts, allSerbian,
                        filter.country())),
                new Filter("liveness", text.t("home.filter.liveness"), options(text, Liveness.class,
                        filter.liveness())),
                new Filter("explained", text.t("home.filter.explained"), options(text, Explanation.Basis.class,
                        filter.explained())));
        String counts = text.t("home.counts", ties.size(), homes.size(), partners.size(), countries.size());
        // the first tie a source explains, told by its first reason
        Views.Story featured = allSerbian.stream()
                .filter(t -> t.reasons().stream().anyMatch(r -> r.category() != ReasonCategory.UNKNOWN))
                .findFirst().map(t -> parts.story(t, t.reasons().get(0))).orElse(null);
        int pages = Math.max(1, (ties.size() + PAGE - 1) / PAGE);
        if (page < 1 || page > pages) {
            throw new BadPageParameter("page", "error.page", "page", page, pages);
        }
        List<Tie> shown = ties.subList((page - 1) * PAGE, Math.min(ties.size(), page * PAGE));
        Views.Pager pager = pages == 1 ? null : new Views.Pager(text.t("home.page", (page - 1) * PAGE + 1,
                (page - 1) * PAGE + shown.size(), ties.size()),
                page > 1 ? text.href("/") + filter.queryWith(page - 1) : null,
                page < pages ? text.href("/") + filter.queryWith(page + 1) : null);
        return new Views.Home(parts.chrome(text.t("home.title"), text.t("home.description"), "/"), filters,
                filter.any(), counts, text.href("/map.json") + filter.queryWith(1), parts.rows(shown, null),
                featured, pager);
    }

    /**
     * What the home page's map draws ({@link MapData}): every tie the filters leave, not only the table's page.
     * It is fetched apart from the page ({@code /<lang>/map.json} with the page's filters), so that the page's first
     * load carries the counts and a page of the table only.
     */
    static String mapJson(PageParts parts, HomeFilter filter) {
        return parts.mapJson(filtered(parts, filter), null);
    }

    private static List<Tie> filtered(PageParts parts, HomeFilter filter) {
        return parts.atlas.findTies(filter.query(), 0, Integer.MAX_VALUE).items().stream()
                .filter(t -> filter.matches(t, parts.explanations)).toList();
    }

    private static <E extends Enum<E> & Coded> List<Option> options(PageText text, Class<E> type, E selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", text.t("home.filter.any"), selected == null));
        for (E value : type.getEnumConstants()) {
            options.add(new Option(value.code(), text.label(value), value == selected));
        }
        return options;
    }

    private static List<Option> decades(PageText text, List<Tie> ties, Integer selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", text.t("home.filter.any"), selected == null));
        ties.stream().map(t -> t.established().yearOrNull()).filter(Objects::nonNull)
                .map(y -> y / 10 * 10).collect(Collectors.toCollection(TreeSet::new))
                .forEach(d -> options.add(new Option(String.valueOf(d), text.t("date.decade", String.valueOf(d)),
                        d.equals(selected))));
        return options;
    }

    private static List<Option> partnerCountries(PageParts parts, List<Tie> ties, String selected) {
        PageText text = parts.text;
        Map<String, String> byName = new TreeMap<>(java.text.Collator.getInstance(text.lang().locale()));
        for (Tie tie : ties) {
            String code = parts.sides(tie).partner().country();
            byName.put(text.country(code), code);
        }
        List<Option> options = new ArrayList<>();
        options.add(new Option("", text.t("home.filter.any"), selected == null));
        byName.forEach((name, code) -> options.add(new Option(code, name, code.equals(selected))));
        return options;
    }
}
