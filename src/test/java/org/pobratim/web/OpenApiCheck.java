package org.pobratim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds every API answer the tests receive to the OpenAPI document the server serves: its path and method must be
 * described, its status too (exactly, or by its 4XX/5XX range), its media type among the ones described, and a JSON
 * body must validate against the described schema (networknt's validator, the OpenAPI 3.1 dialect of JSON Schema
 * 2020-12). {@link RunningAtlas} calls it on every exchange; a test that wants to see the failure calls
 * {@link #problems} itself.
 */
public final class OpenApiCheck {
    private static final String BASE = "https://pobratim.test/api/v1/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile OpenApiCheck instance;

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiCheck(String text) {
        try {
            this.document = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(BASE, text)));
    }

    /** The check of the document this server serves (the same for every server: it depends on the code alone). */
    public static OpenApiCheck of(RunningAtlas atlas) {
        if (instance == null) {
            synchronized (OpenApiCheck.class) {
                if (instance == null) {
                    HttpResponse<String> r = atlas.rawGet("/api/v1/openapi.json");
                    if (r.statusCode() != 200) {
                        throw new AssertionError("/api/v1/openapi.json answered " + r.statusCode());
                    }
                    instance = new OpenApiCheck(r.body());
                }
            }
        }
        return instance;
    }

    public JsonNode document() {
        return document;
    }

    /** Fails the test when the answer does not hold to the document. */
    public void check(String method, URI uri, HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Encoding").orElse("identity").equals("identity")) {
            return; // a compressed body: the same answer is checked when asked for without compression
        }
        List<String> problems = problems(method, uri.getRawPath(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), response.body());
        if (!problems.isEmpty()) {
            throw new AssertionError(method + " " + uri.getRawPath() + " answered " + response.statusCode()
                    + " against the OpenAPI document: " + String.join("; ", problems));
        }
    }

    /** What is wrong with an answer, or nothing; paths outside /api/ are not the document's. */
    public List<String> problems(String method, String path, int status, String contentType, String body) {
        if (!path.startsWith("/api/")) {
            return List.of();
        }
        Optional<String> template = template(path);
        if (template.isEmpty()) {
            return status == 404 ? List.of() : List.of("no path of the document matches " + path);
        }
        String pointer = "/paths/" + escape(template.get());
        JsonNode operation = document.at(pointer).path(method.equals("HEAD") ? "get" : method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return status == 405 ? List.of() : List.of(method + " " + template.get() + " is not described");
        }
        String code = Integer.toString(status);
        String key = operation.path("responses").has(code) ? code : code.charAt(0) + "XX";
        JsonNode answer = operation.path("responses").path(key);
        if (answer.isMissingNode()) {
            return List.of("status " + status + " is not described for " + method + " " + template.get());
        }
        if (!answer.has("content") || method.equals("HEAD") || status == 304) {
            return List.of();
        }
        String media = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!answer.path("content").has(media)) {
            return List.of("media type '" + media + "' is not described for " + status);
        }
        if (!media.endsWith("json")) {
            return List.of();
        }
        String location = BASE + "#" + pointer + "/" + method.toLowerCase(Locale.ROOT).replace("head", "get")
                + "/responses/" + key + "/content/" + escape(media) + "/schema";
        Schema schema = schemas.computeIfAbsent(location, l -> registry.getSchema(SchemaLocation.of(l)));
        List<String> problems = new ArrayList<>();
        for (Error e : schema.validate(body, InputFormat.JSON)) {
            problems.add(e.getInstanceLocation() + ": " + e.getMessage());
            if (problems.size() == 5) {
                break;
            }
        }
        return problems;
    }

    /** The document's path that matches: literal segments first, a {parameter} standing for one segment. */
    Optional<String> template(String path) {
        String best = null;
        int bestParams = Integer.MAX_VALUE;
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
            String candidate = it.next();
            String regex = candidate.replaceAll("\\{[^/}]+}", "[^/]+");
            if (path.matches(regex)) {
                int params = candidate.split("\\{", -1).length - 1;
                if (params < bestParams) {
                    best = candidate;
                    bestParams = params;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
