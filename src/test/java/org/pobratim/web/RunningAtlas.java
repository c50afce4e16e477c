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
import org.pobratim.TestData;
import org.pobratim.ingest.BundleLoader;
import org.pobratim.store.AtlasService;
import org.pobratim.search.NameSearch;
import org.pobratim.store.Database;
import org.pobratim.store.GazetteerService;
import org.pobratim.store.DatabaseConfig;

/** The whole atlas as it runs: an H2 file store seeded from the bundled data, served on a random port. */
public final class RunningAtlas implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Database database;
    public final AtlasService service;
    final GazetteerService gazetteer;
    public final Javalin server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RunningAtlas(Path dir) {
        this(dir, TestData.bundledData(), false);
    }

    /** An atlas seeded from {@code data}, with the 54-place GeoNames sample as its gazetteer when asked. */
    public RunningAtlas(Path dir, Path data, boolean sampleGazetteer) {
        database = Database.open(DatabaseConfig.h2File(dir));
        service = new AtlasService(database, Clock.systemUTC());
        service.apply(BundleLoader.load(data, service.current()), "test-seed");
        gazetteer = new GazetteerService(database, Clock.systemUTC());
        if (sampleGazetteer) {
            org.pobratim.ingest.GazetteerImport.run(gazetteer, org.pobratim.TestGazetteer.sampleDump().toString(),
                    "test-seed", (read, total) -> { });
        }
        server = AtlasServer.create(service::current, gazetteer::current,
                        new NameSearch(service::current, gazetteer::current))
                .start("127.0.0.1", 0);
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
        database.close();
    }
}
