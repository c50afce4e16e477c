package org.pobratim.bench;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.ingest.BundleLoader;
import org.pobratim.search.NameSearch;
import org.pobratim.web.AtlasServer;

/** The atlas server on the bundled data, on a free loopback port, and a client that asks for gzip as browsers do. */
final class BenchServer implements AutoCloseable {
    final Atlas atlas;
    final Javalin server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BenchServer() {
        ChangeSet bundle = BundleLoader.load(BenchData.bundledData(), Atlas.empty());
        atlas = new Atlas(1, bundle.sources(), bundle.cities(), bundle.ties());
        Gazetteer gazetteer = Gazetteer.empty();
        NameSearch search = new NameSearch(() -> atlas, () -> gazetteer);
        server = AtlasServer.create(() -> atlas, () -> gazetteer, search).start("127.0.0.1", 0);
    }

    /** GET with Accept-Encoding: gzip; the body is the bytes as sent (compressed when the server compressed). */
    HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response;
    }

    @Override
    public void close() {
        server.stop();
    }
}
