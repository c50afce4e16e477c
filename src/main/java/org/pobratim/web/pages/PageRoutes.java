package org.pobratim.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.TieState;
import org.pobratim.read.Snapshot;
import org.pobratim.search.NameSearch;
import org.pobratim.search.SearchEntry;
import org.pobratim.search.SearchHit;

/**
 * The HTML pages: {@code /<lang>/} (map), {@code /<lang>/city/<id>}, {@code /<lang>/tie/<id>},
 * {@code /<lang>/country/<cc>}, {@code /<lang>/stories}, {@code /<lang>/stats}, {@code /<lang>/search}; a path
 * without a language redirects to the one the browser prefers. Handlers parse the request, build a view from the
 * current snapshot ({@link PageModels}) and render its JTE template; they never touch the database.
 */
public final class PageRoutes {
    /** Pages that exist in every language, reachable without one too. */
    private static final List<String> PAGES = List.of("/city/{id}", "/tie/{id}", "/country/{code}", "/stories",
            "/stats", "/search");
    private static final int SEARCH_RESULTS = 20;

    private final Supplier<Snapshot> reads;
    private final PageOptions options;
    private final Messages messages = Messages.bundled();
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            PageRoutes.class.getPackageName());
    private final String shapes = CountryShapes.bundled().geoJson();
    private final String contentSecurityPolicy;

    public PageRoutes(Supplier<Snapshot> reads, PageOptions options) {
        this.reads = reads;
        this.options = options;
        this.contentSecurityPolicy = options.contentSecurityPolicy();
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> redirect(ctx, Lang.preferred(ctx.header("Accept-Language")), "/"));
        routes.get("/shapes/countries.geojson", ctx -> {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType("application/json").result(shapes);
        });
        for (String page : PAGES) {
            routes.get(page, ctx -> redirect(ctx, Lang.preferred(ctx.header("Accept-Language")), ctx.path()));
        }
        // "/{lang}" and "/{lang}/" are one route (Javalin ignores a trailing slash)
        routes.get("/{lang}", ctx -> page(ctx, (models, text, snapshot) -> render(ctx, text.lang(), "home.jte",
                models.home(homeFilter(ctx)))));
        routes.get("/{lang}/city/{id}", ctx -> page(ctx, (models, text, snapshot) -> models.city(ctx.pathParam("id"))
                .ifPresentOrElse(view -> render(ctx, text.lang(), "city.jte", view), () -> notFound(ctx, text.lang()))));
        routes.get("/{lang}/tie/{id}", ctx -> page(ctx, (models, text, snapshot) -> models.tie(ctx.pathParam("id"))
                .ifPresentOrElse(view -> render(ctx, text.lang(), "tie.jte", view), () -> notFound(ctx, text.lang()))));
        routes.get("/{lang}/country/{code}", ctx -> page(ctx, (models, text, snapshot) -> models.country(ctx.pathParam("code"))
                .ifPresentOrElse(view -> render(ctx, text.lang(), "country.jte", view), () -> notFound(ctx, text.lang()))));
        routes.get("/{lang}/stories", ctx -> page(ctx, (models, text, snapshot) -> render(ctx, text.lang(), "stories.jte", models.stories())));
        routes.get("/{lang}/stats", ctx -> page(ctx, (models, text, snapshot) -> render(ctx, text.lang(), "stats.jte", models.stats())));
        routes.get("/{lang}/search", ctx -> page(ctx, (models, text, snapshot) -> searchPage(ctx, models, text, snapshot)));
    }

    private interface PageHandler {
        void handle(PageModels models, PageText text, Snapshot snapshot);
    }

    private void page(Context ctx, PageHandler handler) {
        Optional<Lang> lang = Lang.fromTag(ctx.pathParam("lang"));
        if (lang.isEmpty()) {
            notFound(ctx, Lang.EN);
            return;
        }
        if (!lang.get().tag().equals(ctx.pathParam("lang"))) {
            // one spelling per page, so that links and caches agree: /sr-latn/ -> /sr-Latn/
            redirect(ctx, lang.get(), ctx.path().substring(ctx.pathParam("lang").length() + 1));
            return;
        }
        PageText text = new PageText(lang.get(), messages);
        Snapshot snapshot = reads.get();
        handler.handle(new PageModels(snapshot.atlas(), text, options.tileUrl(), options.tileAttribution()), text,
                snapshot);
    }

    private static void redirect(Context ctx, Lang lang, String path) {
        String query = ctx.queryString();
        ctx.redirect("/" + lang.tag() + path + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    private void render(Context ctx, Lang lang, String template, Object view) {
        StringOutput output = new StringOutput(16 * 1024);
        templates.render(template, view, output);
        ctx.header("Content-Security-Policy", contentSecurityPolicy);
        ctx.header("Content-Language", lang.tag());
        ctx.html(output.toString());
    }

    /** The page for an unknown city, tie, country or path, with status 404. */
    public void notFound(Context ctx, String path) {
        notFound(ctx, languageOf(path));
    }

    /** The language a path starts with, English when it starts with none. */
    private static Lang languageOf(String path) {
        String first = path.length() > 1 ? path.substring(1).split("/")[0] : "";
        return Lang.fromTag(first).orElse(Lang.EN);
    }

    private void notFound(Context ctx, Lang lang) {
        message(ctx, lang, 404, "notFound.title", new PageText(lang, messages).t("notFound.text", ctx.path()));
    }

    private void message(Context ctx, Lang lang, int status, String titleKey, String text) {
        PageText pageText = new PageText(lang, messages);
        PageModels models = new PageModels(reads.get().atlas(), pageText, options.tileUrl(), options.tileAttribution());
        String title = pageText.t(titleKey);
        ctx.status(status);
        render(ctx, lang, "notfound.jte", new Views.NotFoundPage(models.chrome(title, text, "/"), text));
    }

    private static PageModels.HomeFilter homeFilter(Context ctx) {
        return new PageModels.HomeFilter(
                coded(ctx, "kind", AgreementKind.class),
                coded(ctx, "status", TieState.class),
                decade(ctx),
                coded(ctx, "reason", ReasonCategory.class),
                country(ctx));
    }

    private static <E extends Enum<E> & Coded> E coded(Context ctx, String name, Class<E> type) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Coded.parse(type, value).orElseThrow(() -> new BadPageParameter(name,
                "'" + value + "' is not one of " + Coded.choices(type)));
    }

    private static Integer decade(Context ctx) {
        String value = ctx.queryParam("decade");
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{3}0")) {
            throw new BadPageParameter("decade", "'" + value + "' is not a decade's first year such as 1960");
        }
        return Integer.parseInt(value);
    }

    private static String country(Context ctx) {
        String value = ctx.queryParam("country");
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("[A-Za-z]{2}")) {
            throw new BadPageParameter("country", "'" + value + "' is not an ISO 3166-1 alpha-2 code such as GR");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** A page parameter that cannot be understood: answered with a 400 page that names it. */
    public static final class BadPageParameter extends RuntimeException {
        private final String parameter;

        BadPageParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** Renders a {@link BadPageParameter} as a page with status 400. */
    public void badParameter(BadPageParameter e, Context ctx) {
        message(ctx, languageOf(ctx.path()), 400, "notFound.title",
                "query parameter '" + e.parameter() + "': " + e.getMessage());
    }

    private void searchPage(Context ctx, PageModels models, PageText text, Snapshot snapshot) {
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        String shown = query.length() > 100 ? query.substring(0, 100) + "…" : query;
        Views.Chrome chrome = models.chrome(text.t("search.title", shown), text.t("search.results", shown),
                "/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        try {
            List<SearchHit> hits = snapshot.search().search(query, SEARCH_RESULTS, null);
            Atlas atlas = snapshot.atlas();
            List<Views.SearchResult> results = hits.stream().map(hit -> {
                SearchEntry entry = hit.entry();
                boolean inAtlas = entry.kind() == SearchEntry.Kind.CITY && atlas.city(entry.id()).isPresent();
                Views.Link link = inAtlas ? models.cityLink(atlas.city(entry.id()).orElseThrow())
                        : new Views.Link(null, entry.name());
                return new Views.SearchResult(link, text.country(entry.country()),
                        text.t("search.matched", hit.matchedName()), inAtlas);
            }).toList();
            render(ctx, text.lang(), "search.jte", new Views.SearchPage(chrome, shown, results, null));
        } catch (NameSearch.BadQuery e) {
            ctx.status(400);
            render(ctx, text.lang(), "search.jte", new Views.SearchPage(chrome, shown, List.of(), "q: " + e.getMessage()));
        }
    }
}
