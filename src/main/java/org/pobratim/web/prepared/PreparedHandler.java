package org.pobratim.web.prepared;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.pobratim.web.JsonResponses;

/**
 * In front of the whole server (Javalin's servlet is its inner handler): a GET or HEAD whose answer is kept for the
 * current snapshot is answered here, from the kept bytes — gzipped when the client accepts it, 304 when its
 * If-None-Match names the answer's ETag — without routing, parsing or rendering. Every other request, and one this
 * handler cannot vouch for (a URI with violations, headers over the atlas's limit), goes on to the server.
 */
public final class PreparedHandler extends Handler.Wrapper {
    /** Told of every answer, for the metrics: {@code how} is {@code prepared} (from kept bytes) or {@code routed}. */
    public interface Listener {
        void answered(String route, String method, int status, String how, long nanos);
    }

    /** The request attribute where the router writes the route's path pattern ({@link #route}). */
    public static final String ROUTE = RouteName.class.getName();

    /** Where the router says which route answered a request (unset: none did). */
    public static final class RouteName {
        private volatile String route;

        public void set(String route) {
            this.route = route;
        }
    }

    private final PreparedResponses responses;
    private final int maxHeaderBytes;
    private final Listener listener;

    public PreparedHandler(PreparedResponses responses, int maxHeaderBytes, Listener listener) {
        this.responses = responses;
        this.maxHeaderBytes = maxHeaderBytes;
        this.listener = listener;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = System.nanoTime();
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        Prepared prepared = null;
        if ((head || HttpMethod.GET.is(method)) && !request.getHttpURI().hasViolations()) {
            prepared = responses.lookup(PreparedResponses.key(request.getHttpURI().getPathQuery()));
        }
        if (prepared == null || headerBytes(request.getHeaders()) > maxHeaderBytes) {
            return routed(request, response, callback, method, started);
        }
        HttpFields.Mutable headers = response.getHeaders();
        for (Prepared.Header header : prepared.headers()) {
            headers.add(header.name(), header.value());
        }
        int status;
        if (JsonResponses.matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), prepared.etag())) {
            status = 304;
            response.setStatus(status);
            headers.remove(HttpHeader.CONTENT_TYPE);
            response.write(true, null, callback);
        } else {
            status = 200;
            response.setStatus(status);
            ByteBuffer body = prepared.body();
            if (prepared.gzip() != null && AcceptEncoding.gzip(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING))) {
                body = prepared.gzip();
                headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
            }
            headers.put(HttpHeader.CONTENT_LENGTH, body.remaining());
            response.write(true, head ? null : body.slice(), callback);
        }
        listener.answered(prepared.route(), method, status, "prepared", System.nanoTime() - started);
        return true;
    }

    /** On to the server, timed until the answer is sent. */
    private boolean routed(Request request, Response response, Callback callback, String method, long started)
            throws Exception {
        RouteName name = new RouteName();
        request.setAttribute(ROUTE, name);
        Callback timed = Callback.from(callback, () -> listener.answered(route(name.route, request), method,
                response.getStatus(), "routed", System.nanoTime() - started));
        return super.handle(request, response, timed);
    }

    /** The route's pattern; for what no route answered, the static files' prefix or {@code unmatched}. */
    private static String route(String route, Request request) {
        if (route != null) {
            return route;
        }
        String path = request.getHttpURI().getPath();
        if (path != null && path.startsWith("/static/")) {
            return "/static/*";
        }
        if (path != null && path.startsWith("/webjars/")) {
            return "/webjars/*";
        }
        return "unmatched";
    }

    private static long headerBytes(HttpFields fields) {
        long bytes = 0;
        for (HttpField field : fields) {
            bytes += field.getName().length() + (field.getValue() == null ? 0 : field.getValue().length());
        }
        return bytes;
    }
}
