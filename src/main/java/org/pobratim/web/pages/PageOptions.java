package org.pobratim.web.pages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the pages are served: an optional tile layer for the maps (a URL template such as
 * {@code https://tile.example.org/{z}/{x}/{y}.png} and its attribution). Without one the maps draw only the bundled
 * country shapes and no page makes a request that leaves the server; the Content-Security-Policy says so to the
 * browser, admitting the tile server's origin only when one is configured. {@code releases}: the folder
 * {@code pobratim release} writes to, whose latest release the downloads page links and {@code /releases/latest/}
 * serves; null for none.
 */
public record PageOptions(String tileUrl, String tileAttribution, java.nio.file.Path releases) {
    /** Scheme, then an authority of host characters (a {s} subdomain placeholder allowed), then the path. */
    private static final Pattern TILE_URL = Pattern.compile("(https?)://((?:\\{s}\\.)?[A-Za-z0-9.-]+(?::\\d+)?)(/.*)?");
    public static final PageOptions OFFLINE = new PageOptions(null, null);

    /** Without releases to serve. */
    public PageOptions(String tileUrl, String tileAttribution) {
        this(tileUrl, tileAttribution, null);
    }

    /** The same, serving the latest release of {@code releases} ({@code pobratim release DIR}), or none when null. */
    public PageOptions withReleases(java.nio.file.Path releases) {
        return new PageOptions(tileUrl, tileAttribution, releases);
    }

    public PageOptions {
        if (tileUrl != null && tileUrl.isBlank()) {
            tileUrl = null;
        }
        if (tileUrl != null) {
            if (!TILE_URL.matcher(tileUrl).matches()) {
                throw new IllegalArgumentException("tile URL '" + tileUrl
                        + "' must be an http(s) URL template such as https://tile.example.org/{z}/{x}/{y}.png");
            }
        }
        if (tileAttribution != null && tileAttribution.isBlank()) {
            tileAttribution = null;
        }
    }

    /** The tile server's origin ({@code https://tile.example.org}; a {@code {s}} subdomain becomes {@code *}). */
    String tileOrigin() {
        if (tileUrl == null) {
            return null;
        }
        Matcher m = TILE_URL.matcher(tileUrl);
        if (!m.matches()) {
            throw new IllegalStateException(tileUrl);
        }
        return m.group(1) + "://" + m.group(2).replace("{s}", "*");
    }

    /** The policy pages are sent with. */
    public String contentSecurityPolicy() {
        String tiles = tileOrigin() == null ? "" : " " + tileOrigin();
        return "default-src 'self'; img-src 'self' data:" + tiles + "; style-src 'self'; script-src 'self';"
                + " connect-src 'self'; font-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
