package org.pobratim.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pobratim.atlas.City;
import org.pobratim.network.Graph;
import org.pobratim.network.NetworkStats;
import org.pobratim.network.ShortestPaths;
import org.pobratim.read.Snapshot;
import org.pobratim.search.NameSearch;
import org.pobratim.search.SearchEntry;
import org.pobratim.search.SearchHit;
import org.pobratim.web.pages.Views.Fact;
import org.pobratim.web.pages.Views.Link;

/**
 * The network page: the whole twin network's statistics (from the snapshot), its degree distribution, the most
 * central cities, and the path finder — the shortest chain of ties between two cities named in the form.
 */
final class NetworkModel {
    private static final int CENTRAL = 10;
    private static final int MAX_DEGREE_BARS = 30;

    private NetworkModel() {
    }

    static Views.NetworkPage build(PageParts parts, Snapshot snapshot, String from, String to) {
        PageText text = parts.text;
        NetworkStats s = snapshot.networkStats();
        Locale locale = text.lang().locale();
        List<Fact> facts = List.of(
                new Fact(text.t("network.nodes"), String.format(locale, "%,d", s.nodes())),
                new Fact(text.t("network.edges"), String.format(locale, "%,d", s.edges())),
                new Fact(text.t("network.components"), text.t("network.componentsValue", s.components(),
                        s.largestComponent())),
                new Fact(text.t("network.triangles"), String.format(locale, "%,d", s.triangles())),
                new Fact(text.t("network.clustering"), String.format(locale, "%.4f / %.4f", s.transitivity(),
                        s.averageClustering())),
                new Fact(text.t("network.assortativity"), Double.isNaN(s.degreeAssortativity()) ? "–"
                        : String.format(locale, "%.4f", s.degreeAssortativity())),
                new Fact(text.t("network.distances"), text.t("network.distancesValue", s.diameter(),
                        String.format(locale, "%.2f", s.meanDistance()))),
                new Fact(text.t("network.cores"), String.valueOf(s.maxCore())),
                new Fact(text.t("network.communities"), text.t("network.communitiesValue", s.communities(),
                        String.format(locale, "%.3f", s.modularity()))));
        List<Svg.Bar> bars = new ArrayList<>();
        long rest = 0;
        for (Map.Entry<Integer, Integer> e : s.degreeDistribution().entrySet()) {
            if (bars.size() < MAX_DEGREE_BARS) {
                bars.add(new Svg.Bar(String.valueOf(e.getKey()), e.getValue()));
            } else {
                rest += e.getValue();
            }
        }
        if (rest > 0) {
            bars.add(new Svg.Bar(text.t("network.moreDegrees"), rest));
        }
        String degreeTitle = text.t("network.degrees");
        List<Views.CentralList> central = new ArrayList<>();
        s.central().forEach((measure, ranked) -> central.add(new Views.CentralList(text.t(centralKey(measure)),
                ranked.stream().limit(CENTRAL).map(c -> parts.atlas.city(c.id())
                        .map(city -> new Views.CentralCity(parts.cityLink(city), String.format(locale, "%.4g",
                                c.value()))).orElse(null)).filter(java.util.Objects::nonNull).toList())));
        return new Views.NetworkPage(parts.chrome(text.t("network.title"), text.t("network.description"),
                "/network"), facts, new Views.Chart(degreeTitle, Svg.bars(degreeTitle, bars), bars.stream()
                .map(b -> new Fact(b.label(), String.valueOf(b.value()))).toList()), central,
                path(parts, snapshot, from, to), from == null ? "" : from, to == null ? "" : to);
    }

    /** The heading of one centrality's list (MessagesTest checks there is one for each measure). */
    static String centralKey(String measure) {
        return "network.central." + measure;
    }

    /** The path finder's answer, or null when the form was not sent. */
    private static Views.PathResult path(PageParts parts, Snapshot snapshot, String from, String to) {
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            return null;
        }
        PageText text = parts.text;
        Optional<City> a = city(snapshot, from);
        Optional<City> b = city(snapshot, to);
        if (a.isEmpty() || b.isEmpty()) {
            return new Views.PathResult(text.t("network.path.unknown", a.isEmpty() ? from : to), List.of());
        }
        Graph g = snapshot.network();
        Optional<ShortestPaths.Path> path = g.indexOf(a.get().id()).flatMap(i -> g.indexOf(b.get().id())
                .flatMap(j -> ShortestPaths.between(g, i, j)));
        if (path.isEmpty()) {
            return new Views.PathResult(text.t("network.path.none", text.name(a.get()), text.name(b.get())),
                    List.of());
        }
        List<Link> chain = path.get().nodes().stream().map(id -> parts.cityLink(parts.atlas.cities().get(id)))
                .toList();
        return new Views.PathResult(text.t("network.path.found", text.name(a.get()), text.name(b.get()),
                path.get().length(), String.format(text.lang().locale(), "%,.0f", path.get().count())), chain);
    }

    /** A city by id, or the atlas city the name search puts first. */
    private static Optional<City> city(Snapshot snapshot, String query) {
        Optional<City> byId = snapshot.atlas().city(query.strip());
        if (byId.isPresent()) {
            return byId;
        }
        try {
            for (SearchHit hit : snapshot.search().search(query, 10, null)) {
                if (hit.entry().kind() == SearchEntry.Kind.CITY) {
                    return snapshot.atlas().city(hit.entry().id());
                }
            }
        } catch (NameSearch.BadQuery e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
