package org.pobratim.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.pobratim.TestGazetteer;
import org.pobratim.app.Pobratim;
import org.pobratim.ingest.BundleImport;
import org.pobratim.ingest.GazetteerImport;
import org.pobratim.read.Snapshot;
import org.pobratim.store.DatabaseConfig;
import org.pobratim.web.pages.PageOptions;
import org.pobratim.web.prepared.PreparedResponses;

/**
 * The whole atlas as it runs, put together by {@link Pobratim} like the real one: an H2 file store seeded from a
 * dataset (with the GeoNames sample as its gazetteer when asked), served on a random loopback port.
 */
public final class RunningAtlas implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The tests' clock: a fixed day, so that what is reckoned from today (a tie's liveness counts five years back
     * from its year) answers the same whenever the tests run.
     */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    public final Pobratim app;
    public final Javalin server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An atlas seeded from {@code data}, with the 54-place GeoNames sample as its gazetteer when asked. */
    public RunningAtlas(Path dir, Path data, boolean sampleGazetteer) {
        this(dir, data, sampleGazetteer, PageOptions.OFFLINE);
    }

    public RunningAtlas(Path dir, Path data, boolean sampleGazetteer, PageOptions pages) {
        this(dir, data, sampleGazetteer, pages, PreparedResponses.DEFAULT_MAX_BYTES);
    }

    /** {@code preparedBytes}: how many bytes of prepared answers the server keeps; 0 makes every answer anew. */
    public RunningAtlas(Path dir, Path data, boolean sampleGazetteer, PageOptions pages, long preparedBytes) {
        app = Pobratim.open(DatabaseConfig.h2File(dir), CLOCK);
        BundleImport.run(app.atlas(), data, "test-seed");
        if (sampleGazetteer) {
            GazetteerImport.run(app.gazetteer(), TestGazetteer.sampleDump().toString(), "test-seed", (read, total) -> { });
        }
        server = app.server(pages, false, preparedBytes).start("127.0.0.1", 0);
    }

    /** The snapshot the server answers from. */
    public Snapshot snapshot() {
        return app.reads().get();
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String... headers) {
        return exchange(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody()), headers);
    }

    /** A POST of a form ({@code application/x-www-form-urlencoded}), fields in the order given. */
    public HttpResponse<String> post(String path, java.util.List<java.util.Map.Entry<String, String>> form,
                                     String... headers) {
        String body = form.stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                        + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return exchange(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String... headers) {
        request.timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Any request, its answer held to the OpenAPI document, as every answer of the API a test receives is. */
    public HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response = sendUnchecked(request);
        OpenApiCheck.of(this).check(request.method(), request.uri(), response);
        return response;
    }

    /** A GET that is not held to the OpenAPI document (the document itself, fetched for the check). */
    HttpResponse<String> rawGet(String pathAndQuery) {
        return sendUnchecked(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).build());
    }

    private HttpResponse<String> sendUnchecked(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET that must answer 200 with JSON. */
    public JsonNode json(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        server.stop();
        app.close();
    }
}
