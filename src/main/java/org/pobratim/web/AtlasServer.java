package org.pobratim.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.HttpStatus;
import java.util.function.Supplier;
import org.pobratim.read.Snapshot;
import org.pobratim.web.api.ApiRoutes;
import org.pobratim.web.pages.PageOptions;
import org.pobratim.web.pages.PageRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the HTTP server: the JSON API, the pages, static files (ours and Leaflet's WebJar), and the error mappers —
 * problem+json for the API, an HTML page for pages.
 */
public final class AtlasServer {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasServer.class);

    private static final int REQUEST_HEADER_BYTES = 64 * 1024;

    private AtlasServer() {
    }

    /** An unstarted server that answers each request from the snapshot the supplier gives at its start. */
    public static Javalin create(Supplier<Snapshot> reads, PageOptions options) {
        ApiRoutes api = new ApiRoutes(reads);
        PageRoutes pages = new PageRoutes(reads, options);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.defaultContentType = JsonResponses.JSON;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            // room for an over-long query string, so that it gets a 400 that says why instead of Jetty's bare 414
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(REQUEST_HEADER_BYTES));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
            });
            api.register(config.routes);
            pages.register(config.routes);
            config.routes.exception(ApiException.class, (e, ctx) ->
                    JsonResponses.problem(ctx, e.status(), e.title(), e.getMessage(), e.parameter()));
            config.routes.exception(org.pobratim.web.pages.BadPageParameter.class, pages::badParameter);
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                JsonResponses.problem(ctx, 500, "Internal Server Error",
                        "the server failed to answer; the log has the details", null);
            });
            config.routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
                String type = ctx.res().getContentType();
                if (type != null && (type.startsWith(JsonResponses.PROBLEM_JSON) || type.startsWith("text/html"))) {
                    return; // already answered by the API or a page
                }
                if (ctx.path().startsWith("/api/")) {
                    JsonResponses.problem(ctx, 404, "Not Found", "no resource at " + ctx.path(), null);
                } else {
                    pages.notFound(ctx);
                }
            });
        });
    }
}
