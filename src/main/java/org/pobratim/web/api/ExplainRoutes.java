package org.pobratim.web.api;

import io.javalin.http.Context;
import java.util.Set;
import java.util.function.Supplier;
import org.pobratim.explain.Explanations;
import org.pobratim.read.Snapshot;
import org.pobratim.web.JsonResponses;
import org.pobratim.web.QueryParams;
import org.pobratim.web.ReadRoutes;

/**
 * The rankings of ties by explicability: {@code GET /api/v1/rankings/inexplicable} (least explained first) and
 * {@code /api/v1/rankings/explained} (best explained first), each for ties with a city in {@code country} (all ties
 * without it), at most {@code limit} (1..500, default 20).
 */
public final class ExplainRoutes {
    private static final String BASE = "/api/v1/rankings";
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 500;

    private final Supplier<Snapshot> reads;

    public ExplainRoutes(Supplier<Snapshot> reads) {
        this.reads = reads;
    }

    public void register(ReadRoutes routes) {
        routes.get(BASE + "/inexplicable", ctx -> ranking(ctx, "inexplicable", Explanations.Order.INEXPLICABLE));
        routes.get(BASE + "/explained", ctx -> ranking(ctx, "explained", Explanations.Order.EXPLAINED));
    }

    private void ranking(Context ctx, String name, Explanations.Order order) {
        QueryParams q = new QueryParams(ctx, Set.of("country", "limit"));
        String country = q.country("country");
        Integer asked = q.integer("limit", 1, MAX_LIMIT);
        int limit = asked == null ? DEFAULT_LIMIT : asked;
        Explanations explanations = reads.get().explanations();
        JsonResponses.send(ctx, ExplainViews.RankingView.of(name, country, limit,
                explanations.ranking(order, country, limit), explanations));
    }
}
