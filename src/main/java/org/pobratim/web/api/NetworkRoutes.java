package org.pobratim.web.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.TieQuery;
import org.pobratim.explain.Explanations;
import org.pobratim.explain.Liveness;
import org.pobratim.network.AtlasGraph;
import org.pobratim.network.CountryNetwork;
import org.pobratim.network.Cousins;
import org.pobratim.network.Graph;
import org.pobratim.network.NetworkStats;
import org.pobratim.network.ShortestPaths;
import org.pobratim.read.Snapshot;
import org.pobratim.web.ApiException;
import org.pobratim.web.JsonResponses;
import org.pobratim.web.QueryParams;
import org.pobratim.web.ReadRoutes;

/**
 * The twin network: {@code GET /api/v1/network} (its statistics, for a filter of the ties list's kind or a
 * liveness), {@code /api/v1/network/countries} (the country-level network, for the same filters),
 * {@code /api/v1/network/path?from=&to=} (the shortest chain of ties between two cities, and how many there are),
 * {@code /api/v1/network/central} (the most central cities by degree, betweenness, closeness and PageRank),
 * {@code /api/v1/network/communities} (the largest communities) and {@code /api/v1/network/cousins?city=} (the
 * cities sharing partners with one). The whole network's statistics come from the snapshot (computed in the
 * background after each swap); a filtered network is computed on its first request and kept, at most
 * {@value #CACHED} filters.
 */
public final class NetworkRoutes {
    private static final String BASE = "/api/v1/network";
    private static final int CACHED = 32;
    private static final int MAX_YEAR = 9999;
    /** The most pairs, countries, hubs or cousins one answer lists. */
    static final int MAX_LISTED = 200;

    private final Supplier<Snapshot> reads;
    private final Map<String, Object> filtered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHED;
        }
    };

    public NetworkRoutes(Supplier<Snapshot> reads) {
        this.reads = reads;
    }

    public void register(ReadRoutes routes) {
        routes.get(BASE, this::stats);
        routes.get(BASE + "/path", this::path);
        routes.get(BASE + "/central", this::central);
        routes.get(BASE + "/countries", this::countries);
        routes.get(BASE + "/communities", this::communities);
        routes.get(BASE + "/cousins", this::cousins);
    }

    /** A filter of the ties (the ties list's country, kind, years and tier, and a liveness), with its cache key. */
    private record Filter(TieQuery query, Liveness liveness) {
        static Filter of(QueryParams q) {
            Integer from = q.integer("from", PartialDate.EARLIEST_YEAR, MAX_YEAR);
            Integer to = q.integer("to", PartialDate.EARLIEST_YEAR, MAX_YEAR);
            if (from != null && to != null && from > to) {
                throw ApiException.badParameter("to", to + " is before from=" + from);
            }
            return new Filter(new TieQuery(null, q.country("country"), null, q.code("kind", AgreementKind.class),
                    null, null, from, to, q.code("tier", SourceTier.class)), q.code("liveness", Liveness.class));
        }

        boolean all() {
            return query.equals(TieQuery.ALL) && liveness == null;
        }

        Graph graph(Snapshot snapshot) {
            if (all()) {
                return snapshot.network();
            }
            Atlas atlas = snapshot.atlas();
            Explanations explanations = snapshot.explanations();
            return AtlasGraph.of(atlas, t -> query.matches(t, atlas)
                    && (liveness == null || explanations.liveness(t).state() == liveness));
        }
    }

    private static final Set<String> FILTERS = Set.of("country", "kind", "from", "to", "tier", "liveness");

    private void stats(Context ctx) {
        Filter filter = Filter.of(new QueryParams(ctx, FILTERS));
        Snapshot snapshot = reads.get();
        NetworkStats stats = filter.all() ? snapshot.networkStats() : cached(snapshot, "stats", filter,
                () -> NetworkStats.of(filter.graph(snapshot), Runtime.getRuntime().availableProcessors()));
        JsonResponses.send(ctx, NetworkViews.StatsView.of(stats));
    }

    private void countries(Context ctx) {
        Set<String> names = new java.util.HashSet<>(FILTERS);
        names.add("limit");
        QueryParams q = new QueryParams(ctx, names);
        Filter filter = Filter.of(q);
        Integer limit = q.integer("limit", 1, CountryNetwork.LISTED);
        Snapshot snapshot = reads.get();
        Atlas atlas = snapshot.atlas();
        CountryNetwork network = filter.all() ? snapshot.countryNetwork() : cached(snapshot, "countries", filter,
                () -> CountryNetwork.of(filter.graph(snapshot), id -> atlas.city(id).map(c -> c.country()).orElse(null),
                        CountryNetwork.LISTED));
        JsonResponses.send(ctx, NetworkViews.CountriesView.of(network, limit == null ? 20 : limit));
    }

    private void communities(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("limit", "hubs"));
        Integer limit = q.integer("limit", 1, NetworkStats.COMMUNITIES_LISTED);
        Integer hubs = q.integer("hubs", 1, MAX_LISTED);
        Snapshot snapshot = reads.get();
        NetworkStats stats = snapshot.networkStats();
        JsonResponses.send(ctx, NetworkViews.CommunitiesView.of(stats, snapshot.atlas(),
                limit == null ? NetworkStats.COMMUNITIES_LISTED : limit, hubs == null ? 5 : hubs));
    }

    private void cousins(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("city", "limit"));
        Snapshot snapshot = reads.get();
        String city = city(q, "city", snapshot);
        Integer limit = q.integer("limit", 1, MAX_LISTED);
        JsonResponses.send(ctx, new NetworkViews.CousinsAnswer(city, Cousins.of(snapshot.atlas(), city,
                limit == null ? 20 : limit).stream().map(NetworkViews.CousinView::of).toList()));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Snapshot snapshot, String what, Filter filter, Supplier<T> compute) {
        String key = snapshot.atlas().version() + "/" + what + "/" + filter;
        synchronized (filtered) {
            Object known = filtered.get(key);
            if (known != null) {
                return (T) known;
            }
        }
        T computed = compute.get();
        synchronized (filtered) {
            filtered.put(key, computed);
        }
        return computed;
    }

    private void path(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("from", "to"));
        Snapshot snapshot = reads.get();
        String from = city(q, "from", snapshot);
        String to = city(q, "to", snapshot);
        Graph g = snapshot.network();
        Integer a = g.indexOf(from).orElse(null);
        Integer b = g.indexOf(to).orElse(null);
        ShortestPaths.Path path = a == null || b == null ? null : ShortestPaths.between(g, a, b).orElse(null);
        JsonResponses.send(ctx, NetworkViews.PathView.of(from, to, path, snapshot.atlas()));
    }

    private static String city(QueryParams q, String name, Snapshot snapshot) {
        String id = q.text(name);
        if (id == null) {
            throw ApiException.badParameter(name, "is required: a city id such as rs-kikinda");
        }
        if (snapshot.atlas().city(id).isEmpty()) {
            throw ApiException.badParameter(name, "no city with id '" + id + "'");
        }
        return id;
    }

    private void central(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("limit"));
        Integer limit = q.integer("limit", 1, NetworkStats.CENTRAL);
        Snapshot snapshot = reads.get();
        NetworkStats stats = snapshot.networkStats();
        int n = limit == null ? 10 : limit;
        Map<String, List<NetworkViews.CentralView>> central = new LinkedHashMap<>();
        stats.central().forEach((measure, ranked) -> central.put(measure, ranked.stream().limit(n)
                .map(c -> NetworkViews.CentralView.of(c, snapshot.atlas())).toList()));
        JsonResponses.send(ctx, new NetworkViews.CentralAnswer(n, central));
    }
}
