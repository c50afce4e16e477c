package org.pobratim.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.TieState;
import org.pobratim.explain.Explanation;
import org.pobratim.explain.Liveness;
import org.pobratim.read.Snapshot;
import org.pobratim.web.ReadRoutes;

/**
 * The HTML pages: {@code /<lang>/} (map; its data from {@code /<lang>/map.json}), {@code /<lang>/city/<id>}, {@code /<lang>/tie/<id>},
 * {@code /<lang>/country/<cc>}, {@code /<lang>/stories}, {@code /<lang>/stats}, {@code /<lang>/network}, {@code /<lang>/path},
 * {@code /<lang>/search}, {@code /<lang>/unplaced}; a path
 * without a language redirects to the one the browser prefers. Handlers parse the request, build a page's view from
 * one snapshot (one model class per page) and render its JTE template; they never touch the database.
 */
public final class PageRoutes {
    /** Pages that exist in every language, reachable without one too. */
    private static final List<String> PAGES = List.of("/city/{id}", "/tie/{id}", "/country/{code}", "/stories",
            "/stats", "/search", "/unplaced", "/network", "/path", "/changes", "/login", "/downloads");

    private final Supplier<Snapshot> reads;
    private final PageOptions options;
    private final Messages messages = Messages.bundled();
    private final PageRenderer renderer;
    private final ErrorPages errors;
    private final String shapes = CountryShapes.bundled().geoJson();
    private final Releases releases;

    public PageRoutes(Supplier<Snapshot> reads, PageOptions options) {
        this.reads = reads;
        this.options = options;
        this.renderer = new PageRenderer(options);
        this.errors = new ErrorPages(messages, renderer, options);
        this.releases = new Releases(options.releases());
    }

    /** The error pages, for the server's error mappers. */
    public ErrorPages errors() {
        return errors;
    }

    public void register(ReadRoutes routes) {
        routes.live("/", ctx -> redirect(ctx, Lang.preferred(ctx.header("Accept-Language")), "/"));
        routes.get("/shapes/countries.geojson", ctx -> {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType("application/json").result(shapes);
        });
        for (String page : PAGES) {
            routes.live(page, ctx -> redirect(ctx, Lang.preferred(ctx.header("Accept-Language")), ctx.path()));
        }
        // "/{lang}" and "/{lang}/" are one route (Javalin ignores a trailing slash)
        routes.get("/{lang}", ctx -> page(ctx, (parts, snapshot) -> send(ctx, parts, "home.jte",
                HomeModel.build(parts, homeFilter(ctx), page(ctx)))));
        routes.get("/{lang}/map.json", ctx -> page(ctx, (parts, snapshot) ->
                ctx.contentType("application/json; charset=utf-8").result(HomeModel.mapJson(parts, homeFilter(ctx)))));
        routes.get("/{lang}/city/{id}", ctx -> page(ctx, (parts, snapshot) ->
                sendOrNotFound(ctx, parts, "city.jte", CityModel.build(parts, ctx.pathParam("id")))));
        routes.get("/{lang}/tie/{id}", ctx -> page(ctx, (parts, snapshot) ->
                sendOrNotFound(ctx, parts, "tie.jte", TieModel.build(parts, ctx.pathParam("id")))));
        routes.get("/{lang}/country/{code}", ctx -> page(ctx, (parts, snapshot) ->
                sendOrNotFound(ctx, parts, "country.jte", CountryModel.build(parts, ctx.pathParam("code")))));
        routes.get("/{lang}/stories", ctx -> page(ctx, (parts, snapshot) -> send(ctx, parts, "stories.jte",
                StoriesModel.build(parts))));
        // live: what they show depends on the releases folder too, not on the snapshot alone
        routes.live("/{lang}/downloads", ctx -> page(ctx, (parts, snapshot) -> send(ctx, parts, "downloads.jte",
                DownloadsModel.build(parts, releases.latest()))));
        routes.live(Releases.PATH, ctx -> {
            if (!releases.serve(ctx)) {
                notFound(ctx);
            }
        });
        routes.get("/{lang}/stats", ctx -> page(ctx, (parts, snapshot) -> send(ctx, parts, "stats.jte",
                StatsModel.build(parts, snapshot.answers()))));
        routes.get("/{lang}/network", ctx -> page(ctx, (parts, snapshot) -> send(ctx, parts, "network.jte",
                NetworkModel.build(parts, snapshot))));
        routes.get("/{lang}/path", ctx -> page(ctx, (parts, snapshot) -> send(ctx, parts, "path.jte",
                PathModel.build(parts, snapshot, ctx.queryParam("from"), ctx.queryParam("to")))));
        routes.get("/{lang}/unplaced", ctx -> page(ctx, (parts, snapshot) -> send(ctx, parts, "unplaced.jte",
                UnplacedModel.build(parts, ctx.queryParam("q"), pageNumber(ctx.queryParam("page"))))));
        routes.get("/{lang}/search", ctx -> page(ctx, (parts, snapshot) -> {
            String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
            Views.SearchPage view = SearchModel.build(parts, snapshot.search(), query);
            ctx.status(view.error() == null ? 200 : 400);
            send(ctx, parts, "search.jte", view);
        }));
    }

    /** A page number from 1 (absent means 1). */
    private static int pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadPageParameter("page", "error.page", "page", value);
    }

    private interface PageHandler {
        void handle(PageParts parts, Snapshot snapshot);
    }

    private void page(Context ctx, PageHandler handler) {
        Optional<Lang> lang = Lang.fromTag(ctx.pathParam("lang"));
        if (lang.isEmpty()) {
            notFound(ctx);
            return;
        }
        if (!lang.get().tag().equals(ctx.pathParam("lang"))) {
            // one spelling per page, so that links and caches agree: /sr-latn/ -> /sr-Latn/
            redirect(ctx, lang.get(), ctx.path().substring(ctx.pathParam("lang").length() + 1));
            return;
        }
        Snapshot snapshot = reads.get();
        handler.handle(new PageParts(snapshot.explanations(), new PageText(lang.get(), messages), options), snapshot);
    }

    private void send(Context ctx, PageParts parts, String template, Object view) {
        renderer.send(ctx, parts.text.lang(), template, view);
    }

    private <V> void sendOrNotFound(Context ctx, PageParts parts, String template, Optional<V> view) {
        view.ifPresentOrElse(v -> send(ctx, parts, template, v), () -> notFound(ctx));
    }

    /**
     * A redirect with no body, its query rebuilt from the parsed parameters (so that a raw UTF-8 query, sent
     * unencoded, arrives percent-encoded instead of garbled).
     */
    private static void redirect(Context ctx, Lang lang, String path) {
        String query = ctx.queryParamMap().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        ctx.status(302).header("Location", "/" + lang.tag() + path + (query.isEmpty() ? "" : "?" + query));
        ctx.res().setContentType(null);
        ctx.result("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The page for an unknown city, tie, country or path, with status 404. */
    private void notFound(Context ctx) {
        error(ctx, 404, null);
    }

    /** The error page of a status (405, 500: see {@link ErrorPages}), in the language of the path. */
    public void error(Context ctx, int status, String detail) {
        sendError(ctx, status, errors.html(ctx.path(), status, detail));
    }

    /** Renders a {@link BadPageParameter} as a page with status 400. */
    public void badParameter(BadPageParameter e, Context ctx) {
        sendError(ctx, 400, errors.badParameter(ctx.path(), e));
    }

    private void sendError(Context ctx, int status, String html) {
        ctx.status(status);
        renderer.headers(ctx, ErrorPages.languageOf(ctx.path()));
        ctx.html(html);
    }

    private static HomeModel.HomeFilter homeFilter(Context ctx) {
        return new HomeModel.HomeFilter(
                coded(ctx, "kind", AgreementKind.class),
                coded(ctx, "status", TieState.class),
                decade(ctx),
                coded(ctx, "reason", ReasonCategory.class),
                country(ctx),
                coded(ctx, "liveness", Liveness.class),
                coded(ctx, "explained", Explanation.Basis.class));
    }

    private static <E extends Enum<E> & Coded> E coded(Context ctx, String name, Class<E> type) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Coded.parse(type, value).orElseThrow(() -> new BadPageParameter(name, "error.choice", name, value,
                Coded.choices(type)));
    }

    /** The page of a paged table, 1 when not given. */
    private static int page(Context ctx) {
        String value = ctx.queryParam("page");
        if (value == null || value.isEmpty()) {
            return 1;
        }
        if (!value.matches("[1-9]\\d{0,5}")) {
            throw new BadPageParameter("page", "error.pageNumber", "page", value);
        }
        return Integer.parseInt(value);
    }

    private static Integer decade(Context ctx) {
        String value = ctx.queryParam("decade");
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{3}0")) {
            throw new BadPageParameter("decade", "error.decade", "decade", value);
        }
        return Integer.parseInt(value);
    }

    private static String country(Context ctx) {
        String value = ctx.queryParam("country");
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("[A-Za-z]{2}")) {
            throw new BadPageParameter("country", "error.country", "country", value);
        }
        return value.toUpperCase(Locale.ROOT);
    }
}
