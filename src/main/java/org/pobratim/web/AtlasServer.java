package org.pobratim.web;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.util.function.Supplier;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.search.NameSearch;
import org.pobratim.web.api.ApiRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the HTTP server: routes, and one error mapper that answers every failure as problem+json. */
public final class AtlasServer {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasServer.class);

    private static final int REQUEST_HEADER_BYTES = 64 * 1024;

    /** A plain page pointing at the API until the web atlas exists. */
    private static final String INDEX = readResource("/web/index.html");

    private AtlasServer() {
    }

    private static String readResource(String name) {
        try (var in = AtlasServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An unstarted server that reads from whatever snapshot the supplier gives at each request. */
    public static Javalin create(Supplier<Atlas> atlas, Supplier<Gazetteer> gazetteer, NameSearch search) {
        ApiRoutes api = new ApiRoutes(atlas, gazetteer, search);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.defaultContentType = JsonResponses.JSON;
            // room for an over-long query string, so that it gets a 400 that says why instead of Jetty's bare 414
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(REQUEST_HEADER_BYTES));
            api.register(config.routes);
            config.routes.get("/", ctx -> ctx.html(INDEX));
            config.routes.exception(ApiException.class, (e, ctx) ->
                    JsonResponses.problem(ctx, e.status(), e.title(), e.getMessage(), e.parameter()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                JsonResponses.problem(ctx, 500, "Internal Server Error",
                        "the server failed to answer; the log has the details", null);
            });
            config.routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
                if (!JsonResponses.PROBLEM_JSON.equals(ctx.res().getContentType())) {
                    JsonResponses.problem(ctx, 404, "Not Found", "no resource at " + ctx.path(), null);
                }
            });
        });
    }
}
