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
 * liveness),
 * {@code /api/v1/network/path?from=&to=} (the shortest chain of ties between two cities, and how many there are)
 * and {@code /api/v1/network/central} (the most central cities by degree, betweenness, closeness and PageRank).
 * The whole network's statistics come from the snapshot (computed in the background after each swap); a filtered
 * network is computed on its first request and kept, at most {@value #CACHED} filters per snapshot.
 */
public final class NetworkRoutes {
    private static final String BASE = "/api/v1/network";
    private static final int CACHED = 32;
    private static final int MAX_YEAR = 9999;

    private final Supplier<Snapshot> reads;
    private final Map<String, NetworkStats> filtered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, NetworkStats> eldest) {
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
    }

    private void stats(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("country", "kind", "from", "to", "tier", "liveness"));
        Integer from = q.integer("from", PartialDate.EARLIEST_YEAR, MAX_YEAR);
        Integer to = q.integer("to", PartialDate.EARLIEST_YEAR, MAX_YEAR);
        if (from != null && to != null && from > to) {
            throw ApiException.badParameter("to", to + " is before from=" + from);
        }
        TieQuery query = new TieQuery(null, q.country("country"), null, q.code("kind", AgreementKind.class), null,
                null, from, to, q.code("tier", SourceTier.class));
        Liveness liveness = q.code("liveness", Liveness.class);
        Snapshot snapshot = reads.get();
        NetworkStats stats = query.equals(TieQuery.ALL) && liveness == null ? snapshot.networkStats()
                : filtered(snapshot, query, liveness);
        JsonResponses.send(ctx, NetworkViews.StatsView.of(stats));
    }

    private NetworkStats filtered(Snapshot snapshot, TieQuery query, Liveness liveness) {
        String key = snapshot.atlas().version() + "/" + query + "/" + liveness;
        synchronized (filtered) {
            NetworkStats known = filtered.get(key);
            if (known != null) {
                return known;
            }
        }
        Atlas atlas = snapshot.atlas();
        Explanations explanations = snapshot.explanations();
        NetworkStats computed = NetworkStats.of(AtlasGraph.of(atlas, t -> query.matches(t, atlas)
                        && (liveness == null || explanations.liveness(t).state() == liveness)),
                Runtime.getRuntime().availableProcessors());
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
