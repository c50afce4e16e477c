package org.pobratim.bench;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.pobratim.atlas.Atlas;
import org.pobratim.web.pages.PageOptions;

/** The atlas server on the bundled data, on a free loopback port, and a client that asks for gzip as browsers do. */
final class BenchServer implements AutoCloseable {
    final Atlas atlas;
    final Javalin server;
    private final BenchAtlas bench = new BenchAtlas(false);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BenchServer() {
        atlas = bench.app.atlas().current();
        server = bench.app.server(PageOptions.OFFLINE).start("127.0.0.1", 0);
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
        bench.close();
    }
}
