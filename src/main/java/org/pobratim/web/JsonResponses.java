package org.pobratim.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * Writes the API's view records as JSON (fields in record order, map entries by key, no nulls) with a weak ETag,
 * and answers a matching If-None-Match with 304 Not Modified.
 */
public final class JsonResponses {
    public static final String JSON = "application/json; charset=utf-8";
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    private JsonResponses() {
    }

    /** A body written once with its tag, to be sent many times (an answer kept for a whole snapshot). */
    public record Prepared(byte[] body, String etag) {
    }

    public static void send(Context ctx, Object body) {
        send(ctx, prepare(body));
    }

    public static Prepared prepare(Object body) {
        byte[] bytes = write(body).getBytes(StandardCharsets.UTF_8);
        return new Prepared(bytes, weakTag(bytes));
    }

    /** A weak ETag of these bytes: weak, as the same tag stands for the identity body and its gzip (RFC 9110 8.8.1). */
    public static String weakTag(byte[] bytes) {
        return "W/\"" + digest(bytes) + "\"";
    }

    public static void send(Context ctx, Prepared prepared) {
        ctx.header(Header.ETAG, prepared.etag());
        if (ctx.res().getHeader(Header.CACHE_CONTROL) == null) {
            ctx.header(Header.CACHE_CONTROL, "no-cache"); // a route may have said no-store
        }
        if (matches(ctx.header(Header.IF_NONE_MATCH), prepared.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(JSON).result(prepared.body());
    }

    /** If-None-Match may list several tags, or *; it compares weakly, by the tags' opaque part (RFC 9110 13.1.2). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || opaque(t).equals(opaque(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an RFC 9457 problem document. */
    public static void problem(Context ctx, int status, String title, String detail, String parameter) {
        ctx.status(status).contentType(PROBLEM_JSON).result(problemBody(status, title, detail, ctx.path(), parameter));
    }

    /** The text of an RFC 9457 problem document; {@code parameter} names the offending parameter (or is null). */
    static String problemBody(int status, String title, String detail, String instance, String parameter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        return write(body);
    }
}
