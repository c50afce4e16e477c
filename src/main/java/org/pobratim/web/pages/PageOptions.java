package org.pobratim.web.pages;

import java.net.URI;

/**
 * How the pages are served: an optional tile layer for the maps (a URL template such as
 * {@code https://tile.example.org/{z}/{x}/{y}.png} and its attribution). Without one the maps draw only the bundled
 * country shapes and no page makes a request that leaves the server; the Content-Security-Policy says so to the
 * browser, admitting the tile server's origin only when one is configured.
 */
public record PageOptions(String tileUrl, String tileAttribution) {
    public static final PageOptions OFFLINE = new PageOptions(null, null);

    public PageOptions {
        if (tileUrl != null && tileUrl.isBlank()) {
            tileUrl = null;
        }
        if (tileUrl != null) {
            URI uri = URI.create(tileUrl.replace("{", "%7B").replace("}", "%7D"));
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("tile URL '" + tileUrl
                        + "' must be an http(s) URL template such as https://tile.example.org/{z}/{x}/{y}.png");
            }
        }
        if (tileAttribution != null && tileAttribution.isBlank()) {
            tileAttribution = null;
        }
    }

    /** The tile server's origin ({@code https://tile.example.org}), or null. */
    String tileOrigin() {
        if (tileUrl == null) {
            return null;
        }
        URI uri = URI.create(tileUrl.replace("{", "%7B").replace("}", "%7D"));
        return uri.getScheme() + "://" + uri.getRawAuthority().replace("%7B", "{").replace("%7D", "}")
                .replaceAll("\\{s}", "*");
    }

    String contentSecurityPolicy() {
        String tiles = tileOrigin() == null ? "" : " " + tileOrigin();
        return "default-src 'self'; img-src 'self' data:" + tiles + "; style-src 'self'; script-src 'self';"
                + " connect-src 'self'; font-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
