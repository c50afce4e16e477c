package org.pobratim.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * Registers read routes: each answers GET, and HEAD with the same handler, so that HEAD gives GET's status and
 * headers (Jetty sends no body for HEAD). Javalin on its own answers HEAD of any GET route with an empty 200 without
 * running it.
 */
public final class ReadRoutes {
    private final RoutesConfig routes;

    public ReadRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    public void get(String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }
}
