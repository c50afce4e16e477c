package org.pobratim.web.api;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.network.CountryNetwork;
import org.pobratim.network.Cousins;
import org.pobratim.network.NetworkStats;
import org.pobratim.network.ShortestPaths;

/** How API v1 shows the network (docs/api-v1.md, docs/network.md). */
final class NetworkViews {
    private NetworkViews() {
    }

    /** The statistics; NaN (an undefined assortativity) is shown as null. */
    record StatsView(int nodes, long edges, int components, int largestComponent, long triangles,
                     double transitivity, double averageClustering, Double degreeAssortativity, int diameter,
                     double meanDistance, double betweennessMax, String betweennessMaxCity, double closenessMax,
                     String closenessMaxCity, double pagerankMax, String pagerankMaxCity, int maxCore,
                     int communities, double modularity, SortedMap<Integer, Integer> degreeDistribution) {
        static StatsView of(NetworkStats s) {
            return new StatsView(s.nodes(), s.edges(), s.components(), s.largestComponent(), s.triangles(),
                    s.transitivity(), s.averageClustering(),
                    Double.isNaN(s.degreeAssortativity()) ? null : s.degreeAssortativity(), s.diameter(),
                    s.meanDistance(), s.betweennessMax(), s.betweennessMaxNode(), s.closenessMax(),
                    s.closenessMaxNode(), s.pagerankMax(), s.pagerankMaxNode(), s.maxCore(), s.communities(),
                    s.modularity(), s.degreeDistribution());
        }
    }

    record PathView(String from, String to, boolean connected, Integer ties, Double shortestPaths,
                    List<ApiViews.CityRef> path) {
        static PathView of(String from, String to, ShortestPaths.Path path, Atlas atlas) {
            if (path == null) {
                return new PathView(from, to, false, null, null, null);
            }
            return new PathView(from, to, true, path.length(), path.count(),
                    path.nodes().stream().map(id -> ApiViews.CityRef.of(atlas.cities().get(id))).toList());
        }
    }

    record CentralView(String id, String name, String country, double value) {
        static CentralView of(NetworkStats.Central c, Atlas atlas) {
            City city = atlas.cities().get(c.id());
            return new CentralView(c.id(), city == null ? c.id() : city.displayName(),
                    city == null ? null : city.country(), c.value());
        }
    }

    record CentralAnswer(int limit, Map<String, List<CentralView>> central) {
    }

    record CountriesView(int countries, int pairs, long ties, long domestic, double density, int limit,
                         List<CountryNetwork.Pair> strongest, List<CountryNetwork.Country> ranked) {
        static CountriesView of(CountryNetwork n, int limit) {
            return new CountriesView(n.countries(), n.pairs(), n.ties(), n.domestic(), n.density(), limit,
                    n.strongest().stream().limit(limit).toList(), n.ranked().stream().limit(limit).toList());
        }
    }

    /** A community: its rank by size, its cities, the edges inside it, its countries by cities, its hubs. */
    record CommunityView(int rank, int size, long innerTies, Map<String, Long> countries, List<HubView> hubs) {
    }

    record HubView(ApiViews.CityRef city, int ties) {
    }

    record CommunitiesView(int communities, double modularity, List<CommunityView> largest) {
        static CommunitiesView of(NetworkStats s, Atlas atlas, int limit, int hubs) {
            List<CommunityView> largest = new java.util.ArrayList<>();
            for (int i = 0; i < Math.min(limit, s.largestCommunities().size()); i++) {
                NetworkStats.Community c = s.largestCommunities().get(i);
                Map<String, Long> countries = c.members().stream().map(atlas.cities()::get)
                        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.groupingBy(
                                City::country, java.util.stream.Collectors.counting()));
                Map<String, Long> byCount = new java.util.LinkedHashMap<>();
                countries.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> byCount.put(e.getKey(), e.getValue()));
                largest.add(new CommunityView(i + 1, c.size(), c.innerEdges(), byCount, c.members().stream()
                        .limit(hubs).map(atlas.cities()::get).filter(java.util.Objects::nonNull)
                        .map(city -> new HubView(ApiViews.CityRef.of(city), atlas.tiesOf(city.id()).size()))
                        .toList()));
            }
            return new CommunitiesView(s.communities(), s.modularity(), largest);
        }
    }

    record CousinView(ApiViews.CityRef city, int shared, double overlap, List<ApiViews.CityRef> sharedPartners) {
        static CousinView of(Cousins.Cousin c) {
            return new CousinView(ApiViews.CityRef.of(c.city()), c.sharedPartners().size(), c.overlap(),
                    c.sharedPartners().stream().map(ApiViews.CityRef::of).toList());
        }
    }

    record CousinsAnswer(String city, List<CousinView> cousins) {
    }
}
