package org.pobratim.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pobratim.atlas.City;
import org.pobratim.network.CountryNetwork;
import org.pobratim.network.NetworkStats;
import org.pobratim.read.Snapshot;
import org.pobratim.web.pages.Views.Fact;

/**
 * The network page: the whole twin network's statistics (from the snapshot), its degree distribution, the most
 * central cities, its largest communities coloured on the map, and the network of countries. The path finder has
 * a page of its own ({@link PathModel}).
 */
final class NetworkModel {
    private static final int CENTRAL = 10;
    private static final int MAX_DEGREE_BARS = 30;
    /** The map shows the cities of most ties, at most this many, and the ties among them, at most this many. */
    private static final int MAP_CITIES = 500;
    private static final int MAP_TIES = 300;
    private static final int COMMUNITY_HUBS = 5;
    private static final int COMMUNITY_COUNTRIES = 3;
    private static final int COUNTRY_ROWS = 15;

    private NetworkModel() {
    }

    static Views.NetworkPage build(PageParts parts, Snapshot snapshot) {
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
                communities(parts, s), MapData.communities(s.largestCommunities(), parts, MAP_CITIES, MAP_TIES).json(),
                countries(parts, snapshot));
    }

    /** The largest communities, each with its colour on the map, its size, its hubs and its main countries. */
    private static List<Views.CommunityRow> communities(PageParts parts, NetworkStats s) {
        PageText text = parts.text;
        List<Views.CommunityRow> rows = new ArrayList<>();
        for (int i = 0; i < s.largestCommunities().size() && i < MapData.COMMUNITY_COLOURS.size(); i++) {
            NetworkStats.Community c = s.largestCommunities().get(i);
            List<City> members = c.members().stream().map(parts.atlas.cities()::get)
                    .filter(java.util.Objects::nonNull).toList();
            Map<String, Long> byCountry = members.stream().collect(java.util.stream.Collectors.groupingBy(
                    City::country, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            String countries = byCountry.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(COMMUNITY_COUNTRIES)
                    .map(e -> text.country(e.getKey()) + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "));
            rows.add(new Views.CommunityRow(MapData.COMMUNITY_COLOURS.get(i),
                    text.t("network.community.size", c.size(), c.innerEdges()), countries,
                    members.stream().limit(COMMUNITY_HUBS).map(parts::cityLink).toList()));
        }
        return rows;
    }

    /** The country-level network: its figures, its strongest pairs, its countries by ties abroad. */
    private static Views.CountryNetworkView countries(PageParts parts, Snapshot snapshot) {
        PageText text = parts.text;
        Locale locale = text.lang().locale();
        CountryNetwork n = snapshot.countryNetwork();
        List<Fact> facts = List.of(
                new Fact(text.t("network.countries.nodes"), String.format(locale, "%,d", n.countries())),
                new Fact(text.t("network.countries.pairs"), text.t("network.countries.pairsValue",
                        String.format(locale, "%,d", n.pairs()), String.format(locale, "%.3f", n.density()))),
                new Fact(text.t("network.countries.domestic"), text.t("network.countries.domesticValue",
                        String.format(locale, "%,d", n.domestic()), String.format(locale, "%,d", n.ties()))));
        List<Views.CountryPairRow> pairs = n.strongest().stream().limit(COUNTRY_ROWS)
                .map(p -> new Views.CountryPairRow(parts.countryLink(p.a()), parts.countryLink(p.b()), p.ties()))
                .toList();
        List<Views.CountryRow> ranked = n.ranked().stream().limit(COUNTRY_ROWS)
                .map(c -> new Views.CountryRow(parts.countryLink(c.code()), c.tiesAbroad(), c.partnerCountries(),
                        c.domestic())).toList();
        return new Views.CountryNetworkView(facts, pairs, ranked);
    }

    /** The heading of one centrality's list (MessagesTest checks there is one for each measure). */
    static String centralKey(String measure) {
        return "network.central." + measure;
    }
}
