package org.pobratim.web;

import io.javalin.http.Context;
import java.util.Collections;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;

/**
 * What the atlas refuses itself before any route: a URI Jetty would call malformed (400), a request target or
 * headers too long (414, 431). Jetty lets them through to here (its own limits are set far higher) because when
 * Jetty refuses a request it forgets the path, and the answer could not be problem+json under {@code /api/} and the
 * atlas's page elsewhere.
 */
final class RequestChecks {
    /** The longest request target (path and query) answered. */
    static final int MAX_TARGET = 64 * 1024;
    /** The most bytes of header names and values answered. */
    static final int MAX_HEADERS = 64 * 1024;
    /** Jetty's own limit, for what is too large even to be read: answered without knowing the path. */
    static final int JETTY_LIMIT = 128 * 1024;

    private RequestChecks() {
    }

    /** A request refused before routing: its status and why. */
    static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    static void check(Context ctx) {
        HttpURI uri = ServletContextRequest.getServletContextRequest(ctx.req()).getHttpURI();
        for (UriCompliance.Violation violation : uri.getViolations()) {
            if (!UriCompliance.DEFAULT.allows(violation)) {
                throw new Refused(400, "the address is malformed: " + violation.getDescription());
            }
        }
        int target = uri.getPathQuery() == null ? 0 : uri.getPathQuery().length();
        if (target > MAX_TARGET) {
            throw new Refused(414, "the address has " + target + " characters, at most " + MAX_TARGET);
        }
        long headers = 0;
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            for (String value : Collections.list(ctx.req().getHeaders(name))) {
                headers += name.length() + value.length();
            }
        }
        if (headers > MAX_HEADERS) {
            throw new Refused(431, "the headers have " + headers + " bytes, at most " + MAX_HEADERS);
        }
    }
}
