package org.pobratim.web.api;

import io.javalin.http.Context;
import java.util.Set;
import org.pobratim.web.QueryParams;
import org.pobratim.web.ReadRoutes;

/**
 * The API's description: {@code /api/v1/openapi.json} (OpenAPI 3.1, made once: it depends on the code alone) and
 * {@code /api/docs}, Swagger UI from its WebJar — served by this server, so it works offline, under a policy that
 * allows this server's scripts and styles and nothing else.
 */
public final class ApiDocs {
    public static final String PATH = "/api/docs";
    static final String SWAGGER = "/webjars/swagger-ui/5.35.0/";
    /** This server's scripts and styles only: Swagger UI needs nothing inline (ApiDocsBrowserTest holds it to that). */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    private static final String DOCUMENT = OpenApi.text();

    public void register(ReadRoutes routes) {
        routes.get(OpenApi.PATH, ctx -> {
            new QueryParams(ctx, Set.of());
            ctx.contentType("application/json; charset=utf-8").result(DOCUMENT);
        });
        routes.get(PATH, this::page);
    }

    private void page(Context ctx) {
        new QueryParams(ctx, Set.of());
        ctx.header("Content-Security-Policy", POLICY);
        ctx.contentType("text/html; charset=utf-8").result("""
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Pobratim API v1</title>
                <link rel="stylesheet" href="%sswagger-ui.css">
                <link rel="icon" href="/static/favicon.svg">
                </head>
                <body>
                <div id="swagger-ui" data-url="%s"></div>
                <script src="%sswagger-ui-bundle.js"></script>
                <script src="/static/api-docs.js"></script>
                </body>
                </html>
                """.formatted(SWAGGER, OpenApi.PATH, SWAGGER));
    }
}
