package org.pobratim.web.prepared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.pobratim.web.JsonResponses;

/**
 * The answers of the read routes, each made once per snapshot (the first time it is asked for) and then sent as
 * kept bytes: with its ETag, so that a conditional GET is a 304, and with its gzip form made once. The cache is
 * bounded by bytes (least recently and least often used answers go first) and keyed by the request's path and query
 * as sent; a new snapshot makes every kept answer stale at once — an answer is only ever sent for the snapshot it
 * was made from, never for a time.
 *
 * <p>Only what depends on the snapshot and the address alone is kept: a 200 to GET, without Set-Cookie, not marked
 * {@code no-store} or {@code private}, from a route registered as prepared ({@code ReadRoutes}); the caller decides
 * which routes those are.
 */
public final class PreparedResponses {
    /** Kept bytes unless configured otherwise. */
    public static final long DEFAULT_MAX_BYTES = 128L << 20;
    /** Smaller bodies are not worth gzipping (Javalin's own threshold is about the same). */
    static final int GZIP_MIN = 1024;
    private static final Set<String> NOT_KEPT = Set.of("content-length", "content-encoding", "transfer-encoding",
            "date");

    private final Supplier<?> snapshots;
    private final Cache<String, Prepared> cache;
    private volatile Object current;

    /** Answers of the snapshots {@code snapshots} gives, at most {@code maxBytes} of them. */
    public PreparedResponses(Supplier<?> snapshots, long maxBytes) {
        this.snapshots = snapshots;
        this.cache = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Prepared prepared) -> key.length() * 2 + prepared.weight())
                .recordStats().build();
        this.current = snapshots.get();
    }

    /** The cache, for its statistics. */
    public Cache<String, ?> cache() {
        return cache;
    }

    /** The key of a request: its path and query exactly as sent. */
    static String key(String pathQuery) {
        return pathQuery;
    }

    /** The answer kept for this key and the current snapshot, or null. */
    Prepared lookup(String key) {
        Object now = snapshots.get();
        if (now != current) {
            swapped(now);
            return null;
        }
        Prepared prepared = cache.getIfPresent(key);
        return prepared == null || prepared.madeFrom() != now ? null : prepared;
    }

    /** A new snapshot: what was kept is no answer any more. */
    private synchronized void swapped(Object now) {
        if (current != now) {
            current = now;
            cache.invalidateAll();
        }
    }

    /** The route's handler, its answers kept. */
    public Handler around(String route, Handler handler) {
        return ctx -> {
            Object madeFrom = snapshots.get();
            handler.handle(ctx);
            offer(ctx, route, madeFrom);
        };
    }

    /**
     * After a prepared route answered: keeps its answer when it may be kept (see the class) and the snapshot did not
     * change while it was made, and gives it its ETag if the route did not, so that every prepared answer has one.
     */
    void offer(Context ctx, String route, Object madeFrom) {
        if (!"GET".equals(ctx.method().name()) || ctx.statusCode() != 200 || ctx.resultInputStream() == null) {
            return;
        }
        HttpServletResponse res = ctx.res();
        String cacheControl = res.getHeader("Cache-Control");
        if (res.containsHeader("Set-Cookie") || cacheControl != null
                && (cacheControl.contains("no-store") || cacheControl.contains("private"))) {
            return;
        }
        byte[] body = read(ctx.resultInputStream());
        ctx.result(body);
        String etag = res.getHeader("ETag");
        if (etag == null) {
            etag = JsonResponses.weakTag(body);
            ctx.header("ETag", etag);
        }
        if (cacheControl == null) {
            ctx.header("Cache-Control", "no-cache");
        }
        if (madeFrom != snapshots.get()) {
            return;
        }
        String key = key(ServletContextRequest.getServletContextRequest(ctx.req()).getHttpURI().getPathQuery());
        cache.put(key, new Prepared(route, madeFrom, headers(res), etag, readOnly(body), gzip(res, body)));
    }

    private static List<Prepared.Header> headers(HttpServletResponse res) {
        List<Prepared.Header> headers = new ArrayList<>();
        if (res.getContentType() != null) {
            headers.add(new Prepared.Header("Content-Type", res.getContentType()));
        }
        for (String name : res.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_KEPT.contains(lower) || lower.equals("content-type")) {
                continue;
            }
            for (String value : res.getHeaders(name)) {
                headers.add(new Prepared.Header(name, value));
            }
        }
        return List.copyOf(headers);
    }

    private static ByteBuffer gzip(HttpServletResponse res, byte[] body) {
        String type = res.getContentType() == null ? "" : res.getContentType();
        if (body.length < GZIP_MIN || !(type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("javascript"))) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size() < body.length ? readOnly(out.toByteArray()) : null;
    }

    /** Off the heap, so that each send is one copy to the socket, not two (a heap buffer goes through a direct one). */
    private static ByteBuffer readOnly(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
