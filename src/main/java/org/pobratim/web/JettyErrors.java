package org.pobratim.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.pobratim.web.pages.ErrorPages;

/**
 * Answers what Jetty refuses before any route sees it as the atlas answers everything else: problem+json under
 * {@code /api/}, the atlas's own UTF-8 error page elsewhere, with the security headers (Jetty's own pages are
 * ISO-8859-1 HTML whatever was asked). Most refusals happen in {@link RequestChecks}, where the path is known; what
 * reaches here is what Jetty cannot read at all (a request line it cannot parse, such as a broken percent-escape,
 * or one over its own limit) and then Jetty has replaced the path with a placeholder ({@code /badMessage},
 * {@code /badURI}): such a request gets the page, in English, since nothing says it was meant for the API.
 */
final class JettyErrors extends ErrorHandler {
    private final ErrorPages pages;

    JettyErrors(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = pathOf(request);
        boolean api = path != null && path.startsWith(AtlasServer.API_PREFIX);
        SecurityHeaders.ALL.forEach((name, value) -> response.getHeaders().put(name, value));
        String body;
        if (api) {
            body = JsonResponses.problemBody(code, HttpStatus.getMessage(code),
                    message == null ? HttpStatus.getMessage(code) : message, path, null);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonResponses.PROBLEM_JSON);
        } else {
            body = pages.html(path, code, null);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            response.getHeaders().put("Content-Security-Policy", pages.contentSecurityPolicy());
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** The path as sent, undecoded: a malformed one cannot be decoded, and it is only echoed (escaped, shortened). */
    private static String pathOf(Request request) {
        HttpURI uri = request.getHttpURI();
        if (uri == null) {
            return null;
        }
        return uri.getPath();
    }
}
