package org.pobratim.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint client against a SPARQL endpoint on loopback: what it sends, when it tries again, when it gives up. */
class WikidataEndpointTest {
    private static final String USER_AGENT = "pobratim-test/0.1 (https://example.org/pobratim; test@example.org)";
    private static final String RESULTS =
            "{\"head\": {\"vars\": [\"item\", \"partner\"]}, \"results\": {\"bindings\": []}}";

    @TempDir
    Path dir;

    private final List<HttpExchange> requests = new CopyOnWriteArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    /** Answers the n-th request (from 0) as {@code answer} says. */
    @FunctionalInterface
    private interface Answer {
        void answer(HttpExchange exchange, int n) throws IOException;
    }

    private URI serve(Answer answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger count = new AtomicInteger();
        server.createContext("/sparql", exchange -> {
            requests.add(exchange);
            answer.answer(exchange, count.getAndIncrement());
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql");
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private static void send(HttpExchange exchange, int status, String body, String... headers) throws IOException {
        for (int i = 0; i < headers.length; i += 2) {
            exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private WikidataEndpoint endpoint(URI uri, Duration timeout, int retries) {
        return new WikidataEndpoint(uri, USER_AGENT, timeout, retries, sleeps::add);
    }

    private static String queryParameter(HttpExchange exchange) {
        return Arrays.stream(exchange.getRequestURI().getRawQuery().split("&"))
                .filter(p -> p.startsWith("query=")).map(p -> URLDecoder.decode(p.substring(6), StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
    }

    @Test
    void sendsTheQueryTheAcceptHeaderAndTheUserAgentAndSavesTheBody() throws IOException {
        URI uri = serve((exchange, n) ->
                send(exchange, 200, RESULTS, "Content-Type", "application/sparql-results+json"));
        Path target = dir.resolve("p190.json");
        assertThat(endpoint(uri, Duration.ofSeconds(5), 0).fetchTo(target)).isEqualTo(target);
        assertThat(Files.readString(target)).isEqualTo(RESULTS);
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.getRequestMethod()).isEqualTo("GET");
            assertThat(queryParameter(request)).isEqualTo(WikidataSparql.QUERY);
            assertThat(request.getRequestHeaders().getFirst("Accept")).isEqualTo("application/sparql-results+json");
            assertThat(request.getRequestHeaders().getFirst("User-Agent")).isEqualTo(USER_AGENT);
        });
        assertThat(sleeps).isEmpty();
        assertThat(dir.resolve("p190.json.part")).doesNotExist();
    }

    @Test
    void anEndpointWithAQueryOfItsOwnKeepsIt() throws IOException {
        URI uri = serve((exchange, n) -> send(exchange, 200, RESULTS));
        endpoint(URI.create(uri + "?format=json"), Duration.ofSeconds(5), 0).fetchTo(dir.resolve("p190.json"));
        assertThat(requests.get(0).getRequestURI().getRawQuery()).startsWith("format=json&query=");
    }

    @Test
    void retriesA503ThenSucceedsWaitingWhatRetryAfterSays() throws IOException {
        URI uri = serve((exchange, n) -> {
            if (n == 0) {
                send(exchange, 503, "busy", "Retry-After", "7");
            } else {
                send(exchange, 200, RESULTS);
            }
        });
        Path target = endpoint(uri, Duration.ofSeconds(5), 3).fetchTo(dir.resolve("p190.json"));
        assertThat(Files.readString(target)).isEqualTo(RESULTS);
        assertThat(requests).hasSize(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aTooLongRetryAfterIsCappedAndA429IsRetried() throws IOException {
        URI uri = serve((exchange, n) -> {
            if (n == 0) {
                send(exchange, 429, "slow down", "Retry-After", "86400");
            } else {
                send(exchange, 200, RESULTS);
            }
        });
        endpoint(uri, Duration.ofSeconds(5), 1).fetchTo(dir.resolve("p190.json"));
        assertThat(sleeps).containsExactly(Duration.ofMinutes(2));
    }

    @Test
    void givesUpAfterTheRetriesNamingStatusEndpointAndAttempts() throws IOException {
        URI uri = serve((exchange, n) -> send(exchange, 503, "Service Unavailable"));
        Path target = Files.writeString(dir.resolve("p190.json"), "the previous results");
        assertThatThrownBy(() -> endpoint(uri, Duration.ofSeconds(5), 2).fetchTo(target))
                .isInstanceOf(IOException.class)
                .hasMessage("SPARQL endpoint " + uri
                        + " answered HTTP 503: Service Unavailable (gave up after 3 attempts)");
        assertThat(requests).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(Files.readString(target)).isEqualTo("the previous results");
    }

    @Test
    void aClientErrorIsNotRetriedAndItsExplanationIsQuoted() throws IOException {
        URI uri = serve((exchange, n) -> send(exchange, 400, "MalformedQueryException: Encountered \" \"}\" \"} \"\""));
        assertThatThrownBy(() -> endpoint(uri, Duration.ofSeconds(5), 5).fetchTo(dir.resolve("p190.json")))
                .hasMessageContaining("answered HTTP 400: MalformedQueryException")
                .hasMessageEndingWith("(gave up after 1 attempt)");
        assertThat(requests).hasSize(1);
        assertThat(sleeps).isEmpty();
        assertThat(dir.resolve("p190.json")).doesNotExist();
    }

    @Test
    void timesOutOnAnEndpointThatNeverAnswers() throws IOException {
        URI uri = serve((exchange, n) -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        long started = System.nanoTime();
        assertThatThrownBy(() -> endpoint(uri, Duration.ofMillis(300), 1).fetchTo(dir.resolve("p190.json")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(" did not answer: HttpTimeoutException")
                .hasMessageEndingWith("(gave up after 2 attempts)");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aBlankUserAgentIsRefused() {
        URI uri = URI.create("http://127.0.0.1:1/sparql");
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> new WikidataEndpoint(uri, blank, Duration.ofSeconds(1), 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("User-Agent")
                    .hasMessageContaining("required");
        }
    }

    @Test
    void anEndpointMustBeAnHttpUrl() {
        URI file = URI.create("file:///tmp/x");
        assertThatThrownBy(() -> new WikidataEndpoint(file, USER_AGENT, Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http(s) URL");
    }
}
