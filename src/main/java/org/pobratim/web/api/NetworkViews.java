package org.pobratim.web.api;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
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
}
