package org.pobratim.web;

import java.util.Map;

/**
 * Headers every answer carries, whatever answers it (a route, a static file, an error page of the server itself):
 * no MIME sniffing, a referrer policy, and a Content-Security-Policy that allows nothing — pages replace it with
 * theirs, which allows this server (and a configured tile server).
 */
final class SecurityHeaders {
    /** For answers that are not pages: JSON, files, errors. */
    static final String NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Content-Security-Policy", NOTHING_ALLOWED);

    private SecurityHeaders() {
    }
}
