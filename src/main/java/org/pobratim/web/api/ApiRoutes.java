package org.pobratim.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.CityQuery;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.TieFilter;
import org.pobratim.atlas.TieQuery;
import org.pobratim.read.Snapshot;
import org.pobratim.search.NameSearch;
import org.pobratim.search.SearchHit;
import org.pobratim.web.ApiException;
import org.pobratim.web.JsonResponses;
import org.pobratim.web.Operations;
import org.pobratim.web.QueryParams;
import org.pobratim.web.ReadRoutes;

/** JSON API v1: thin handlers that parse the request, ask the current atlas snapshot, and write JSON. */
public final class ApiRoutes {
    public static final String BASE = "/api/v1";

    private final Supplier<Snapshot> reads;
    private final Supplier<Operations.StoreState> store;
    private final WorldMapCache worldMap = new WorldMapCache();

    /** {@code store}: the store's state now, for the health report. */
    public ApiRoutes(Supplier<Snapshot> reads, Supplier<Operations.StoreState> store) {
        this.reads = reads;
        this.store = store;
    }

    public void register(ReadRoutes routes) {
        routes.live(BASE + "/health", this::health);
        routes.get(BASE + "/cities", this::cities);
        routes.get(BASE + "/cities/{id}", this::city);
        routes.get(BASE + "/ties", this::ties);
        routes.get(BASE + "/ties/{id}", this::tie);
        routes.get(BASE + "/stats", this::stats);
        routes.get(BASE + "/search", this::search);
        routes.get(BASE + "/stats/answers", this::answers);
        routes.get(BASE + "/quality", this::quality);
        routes.get(BASE + "/map/world", this::worldMap);
    }

    private void health(Context ctx) {
        new QueryParams(ctx, Set.of());
        Atlas a = reads.get().atlas();
        Operations.StoreState state = store.get();
        // 200 either way: without the store the atlas still answers every read, from its snapshot
        ctx.header("Cache-Control", "no-store");
        JsonResponses.send(ctx, new ApiReports.Health(state.up() ? "ok" : "degraded", a.version(), a.cities().size(),
                a.ties().size(), a.sources().size(), new ApiReports.StoreHealth(state.kind(),
                state.up() ? "up" : "down", state.problem())));
    }

    private void cities(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("country", "admin", "q", "offset", "limit"));
        CityQuery query = new CityQuery(q.country("country"), q.code("admin", AdminType.class), q.text("q"));
        Atlas a = reads.get().atlas();
        JsonResponses.send(ctx, ApiViews.PageView.of(a.findCities(query, q.offset(), q.limit()),
                c -> ApiViews.CityListItem.of(c, a)));
    }

    private void city(Context ctx) {
        new QueryParams(ctx, Set.of());
        Atlas a = reads.get().atlas();
        String id = ctx.pathParam("id");
        JsonResponses.send(ctx, a.city(id).map(c -> ApiViews.CityDetail.of(c, a))
                .orElseThrow(() -> ApiException.notFound("no city with id '" + id + "'")));
    }

    private void ties(Context ctx) {
        QueryParams q = new QueryParams(ctx, withFilters("offset", "limit"));
        Atlas a = reads.get().atlas();
        TieQuery query = q.ties(a);
        JsonResponses.send(ctx, ApiViews.PageView.of(a.findTies(query, q.offset(), q.limit()),
                t -> ApiViews.TieListItem.of(t, a)));
    }

    /** The ties list's filters ({@link TieFilter#NAMES}) and the other parameters a route takes. */
    static Set<String> withFilters(String... others) {
        Set<String> names = new java.util.HashSet<>(TieFilter.NAMES);
        names.addAll(List.of(others));
        return names;
    }

    private void tie(Context ctx) {
        new QueryParams(ctx, Set.of());
        Snapshot snapshot = reads.get();
        String id = ctx.pathParam("id");
        JsonResponses.send(ctx, snapshot.atlas().tie(id).map(t -> ApiViews.TieDetail.of(t, snapshot.explanations()))
                .orElseThrow(() -> ApiException.notFound("no tie with id '" + id
                        + "' (a tie id is two city ids joined by --, in either order)")));
    }

    private void search(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("q", "limit", "country"));
        String text = q.text("q");
        if (text == null) {
            throw ApiException.badParameter("q", "is required: the name to look for");
        }
        Integer limit = q.integer("limit", 1, 100);
        try {
            List<SearchHit> hits = reads.get().search().search(text, limit == null ? 10 : limit, q.country("country"));
            JsonResponses.send(ctx, new ApiReports.SearchResults(text, hits.stream().map(ApiReports.SearchItem::of).toList()));
        } catch (NameSearch.BadQuery e) {
            throw ApiException.badParameter("q", e.getMessage());
        }
    }

    private void answers(Context ctx) {
        new QueryParams(ctx, Set.of());
        Snapshot snapshot = reads.get();
        JsonResponses.send(ctx, ApiReports.AnswersView.of(snapshot.answers(),
                snapshot.explanations().report(Serbia.CODE)));
    }

    private void quality(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("country"));
        String country = q.country("country");
        Snapshot snapshot = reads.get();
        String scope = country == null ? Serbia.CODE : country;
        JsonResponses.send(ctx, ApiReports.QualityReport.of(snapshot.quality(), snapshot.atlas().stats(scope),
                snapshot.explanations().report(scope)));
    }

    private void worldMap(Context ctx) {
        new QueryParams(ctx, Set.of());
        JsonResponses.send(ctx, worldMap.answerFor(reads.get().atlas()));
    }

    private void stats(Context ctx) {
        QueryParams q = new QueryParams(ctx, Set.of("country"));
        JsonResponses.send(ctx, ApiReports.StatsView.of(reads.get().atlas().stats(q.country("country"))));
    }
}
