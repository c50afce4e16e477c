package org.pobratim.web;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.util.function.Supplier;
import org.pobratim.atlas.Atlas;
import org.pobratim.web.api.ApiRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the HTTP server: routes, and one error mapper that answers every failure as problem+json. */
public final class AtlasServer {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasServer.class);

    private AtlasServer() {
    }

    /** An unstarted server that reads from whatever snapshot the supplier gives at each request. */
    public static Javalin create(Supplier<Atlas> atlas) {
        ApiRoutes api = new ApiRoutes(atlas);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.defaultContentType = JsonResponses.JSON;
            api.register(config.routes);
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
