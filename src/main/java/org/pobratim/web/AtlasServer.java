package org.pobratim.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.staticfiles.Location;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.UriCompliance;
import org.pobratim.read.Snapshot;
import org.pobratim.web.api.ApiDocs;
import org.pobratim.web.api.ApiRoutes;
import org.pobratim.web.api.CurationRoutes;
import org.pobratim.web.api.ExplainRoutes;
import org.pobratim.web.api.ExportRoutes;
import org.pobratim.web.api.NetworkRoutes;
import org.pobratim.web.api.WorldRoutes;
import org.pobratim.web.auth.Auth;
import org.pobratim.web.auth.MeRoute;
import org.pobratim.curation.Curation;
import org.pobratim.account.StoreUnreachable;
import org.pobratim.web.api.ImportRoute;
import org.pobratim.web.pages.AccountPages;
import org.pobratim.web.pages.CurationPages;
import org.pobratim.web.pages.EntryPages;
import org.pobratim.web.pages.BadPageParameter;
import org.pobratim.web.pages.PageOptions;
import org.pobratim.web.pages.PageRoutes;
import org.pobratim.web.prepared.PreparedHandler;
import org.pobratim.web.prepared.PreparedResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the HTTP server: the JSON API, the pages, static files (ours and Leaflet's WebJar), and one way of
 * answering every error — problem+json under {@code /api/}, the atlas's error page elsewhere — whether a route, the
 * router (404, 405) or Jetty itself (400, 414, 431) refuses the request.
 */
public final class AtlasServer {
    /** Paths of the JSON API, answered with problem+json when they fail. */
    static final String API_PREFIX = "/api/";
    private static final Logger LOG = LoggerFactory.getLogger(AtlasServer.class);

    private AtlasServer() {
    }

    /** An unstarted server that answers each request from the snapshot the supplier gives at its start. */
    public static Javalin create(Supplier<Snapshot> reads, PageOptions options) {
        return create(reads, options, null, null, null, Operations.standalone());
    }

    /**
     * With {@code auth}, also the account pages and {@code /api/v1/me} (docs/accounts.md); with {@code curation},
     * the proposals, history and changelog (docs/curation.md); with {@code importer}, also
     * {@code POST /api/v1/admin/import} (data files through the running server). {@code operations}: the kept
     * answers' bound, the metrics ({@code /metrics}) and the store's state ({@code /api/v1/health}).
     */
    public static Javalin create(Supplier<Snapshot> reads, PageOptions options, Auth auth, Curation curation,
                                 ImportRoute.Importer importer, Operations operations) {
        ApiRoutes api = new ApiRoutes(reads, operations.store());
        PageRoutes pages = new PageRoutes(reads, options);
        ServerMetrics metrics = operations.metrics();
        PreparedResponses prepared = new PreparedResponses(reads, operations.preparedBytes());
        metrics.cache(prepared.cache());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.defaultContentType = JsonResponses.JSON;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.http.prefer405over404 = true;
            // Jetty lets malformed and over-long requests through to RequestChecks, which knows their path
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(RequestChecks.JETTY_LIMIT);
                http.setUriCompliance(UriCompliance.UNSAFE);
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrors(pages.errors()));
                // Javalin puts its servlet inside this wrapper: kept answers are sent before any routing
                server.setHandler(new PreparedHandler(prepared, RequestChecks.MAX_HEADERS, metrics::request));
            });
            config.jetty.modifyServletContextHandler(context ->
                    context.setErrorHandler(new JettyErrors(pages.errors())));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
            });
            config.routes.beforeMatched(ctx -> {
                if (ctx.req().getAttribute(PreparedHandler.ROUTE) instanceof PreparedHandler.RouteName name
                        && ctx.endpoints().matchedHttpEndpoint() != null) {
                    name.set(ctx.endpoints().matchedHttpEndpoint().path);
                }
            });
            config.routes.before(ctx -> {
                SecurityHeaders.ALL.forEach(ctx::header);
                RequestChecks.check(ctx);
                // one URL, two encodings: caches must keep them apart
                ctx.header("Vary", "Accept-Encoding");
            });
            ReadRoutes routes = new ReadRoutes(config.routes, prepared);
            api.register(routes);
            routes.live("/metrics", ctx -> ctx.header("Cache-Control", "no-store")
                    .contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
            new WorldRoutes(reads).register(routes);
            new ExplainRoutes(reads).register(routes);
            new NetworkRoutes(reads).register(routes);
            new ExportRoutes(reads).register(routes);
            new ApiDocs().register(routes);
            if (auth != null) {
                new AccountPages(auth, options).register(config.routes);
                new MeRoute(auth).register(routes);
                if (curation != null) {
                    new CurationPages(auth, curation, reads, options).register(config.routes);
                    new EntryPages(auth, curation, reads, options).register(config.routes);
                    new CurationRoutes(auth, curation, reads).register(config.routes);
                }
                if (importer != null) {
                    new ImportRoute(auth, importer).register(config.routes);
                }
            }
            pages.register(routes);
            config.routes.exception(ApiException.class, (e, ctx) -> {
                if (e.status() == 401) {
                    ctx.header("WWW-Authenticate", "Bearer realm=\"pobratim\"");
                }
                JsonResponses.problem(ctx, e.status(), e.title(), e.getMessage(), e.parameter());
            });
            config.routes.exception(BadPageParameter.class, pages::badParameter);
            config.routes.exception(StoreUnreachable.class, (e, ctx) -> {
                LOG.warn("request {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", "30");
                refuse(ctx, pages, 503, "Service Unavailable", "the store cannot be reached; reading the atlas "
                        + "goes on, this cannot until it is back", null);
            });
            config.routes.exception(RequestChecks.Refused.class, (e, ctx) -> refuse(ctx, pages, e.status(),
                    org.eclipse.jetty.http.HttpStatus.getMessage(e.status()), e.getMessage(), null));
            config.routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> methodNotAllowed(ctx, e, pages));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                refuse(ctx, pages, 500, "Internal Server Error", "the server failed to answer; the log has the details",
                        null);
            });
            config.routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
                String type = ctx.res().getContentType();
                if (type != null && (type.startsWith("application/problem+json") || type.startsWith("text/html"))) {
                    return; // already answered by the API or a page
                }
                refuse(ctx, pages, 404, "Not Found", "no resource at " + ctx.path(), null);
            });
        });
    }

    /**
     * The one way a failed request is answered: a problem (with {@code title} and {@code detail}) under
     * {@code /api/}, the error page of the status elsewhere ({@code pageDetail} says more where it must).
     */
    private static void refuse(Context ctx, PageRoutes pages, int status, String title, String detail,
                               String pageDetail) {
        if (ctx.path().startsWith(API_PREFIX)) {
            JsonResponses.problem(ctx, status, title, detail, null);
        } else {
            pages.error(ctx, status, pageDetail);
        }
    }

    /** 405 with the methods the path answers, in the header and in the answer. */
    private static void methodNotAllowed(Context ctx, MethodNotAllowedResponse e, PageRoutes pages) {
        String allowed = e.getDetails().values().stream()
                .flatMap(methods -> Arrays.stream(methods.split(","))).map(String::strip)
                .filter(m -> !m.isEmpty()).distinct().collect(Collectors.joining(", "));
        ctx.header("Allow", allowed);
        refuse(ctx, pages, 405, "Method Not Allowed", ctx.method() + " is not allowed here; " + ctx.path()
                + " answers " + allowed, allowed);
    }
}
