package org.pobratim.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import org.pobratim.web.prepared.PreparedResponses;

/**
 * Registers read routes: each answers GET, and HEAD with the same handler, so that HEAD gives GET's status and
 * headers (Jetty sends no body for HEAD). Javalin on its own answers HEAD of any GET route with an empty 200 without
 * running it. A route registered with {@link #get} depends on the snapshot and its address alone, and its answers
 * are kept per snapshot ({@link PreparedResponses}); one registered with {@link #live} is made anew every time.
 */
public final class ReadRoutes {
    private final RoutesConfig routes;
    private final PreparedResponses prepared;

    /** {@code prepared}: where the answers of {@link #get} routes are kept, or null to keep none. */
    public ReadRoutes(RoutesConfig routes, PreparedResponses prepared) {
        this.routes = routes;
        this.prepared = prepared;
    }

    /** A route whose answer depends only on the snapshot and the request's path and query. */
    public void get(String path, Handler handler) {
        live(path, prepared == null ? handler : prepared.around(path, handler));
    }

    /** A route whose answer depends on more: the request's headers (who asks), the store's state, the time. */
    public void live(String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }
}
