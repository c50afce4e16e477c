package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;

/**
 * Prepared answers (issue 14): a read is made once per snapshot and then sent from kept bytes — the same status,
 * headers and body as the made one, with an ETag (304 to a matching If-None-Match, HEAD without a body) and a gzip
 * form — and a new snapshot is never answered with an older one's answers. Over a real server on the fixture.
 */
class PreparedResponsesTest {
    private static final List<String> READS = List.of("/api/v1/ties/no-narvik--rs-kikinda", "/en/city/rs-kikinda",
            "/sr-Cyrl/?kind=twinning", "/api/v1/stats", "/api/v1/ties?limit=1", "/api/v1/ties?limit=2",
            "/shapes/countries.geojson", "/en/path?from=Narvik&to=Fujimi");

    @TempDir
    Path dir;
    private RunningAtlas atlas;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), true);
    }

    @AfterEach
    void stop() {
        atlas.close();
    }

    @Test
    void aKeptAnswerIsTheAnswerTheRouteMade() {
        for (String read : READS) {
            long keptBefore = served(read, "prepared");
            HttpResponse<String> made = atlas.get(read);
            HttpResponse<String> kept = atlas.get(read);
            assertThat(made.statusCode()).as(read).isEqualTo(200);
            assertThat(served(read, "prepared")).as(read + " sent from kept bytes").isEqualTo(keptBefore + 1);
            assertThat(kept.statusCode()).as(read).isEqualTo(200);
            assertThat(kept.body()).as(read).isEqualTo(made.body());
            for (String header : List.of("ETag", "Content-Type", "Content-Security-Policy", "Content-Language",
                    "Cache-Control", "X-Content-Type-Options", "Vary")) {
                assertThat(kept.headers().allValues(header)).as(read + " " + header)
                        .isEqualTo(made.headers().allValues(header));
            }
            assertThat(kept.headers().firstValue("ETag")).as(read).hasValueSatisfying(tag -> assertThat(tag)
                    .startsWith("W/\""));
            assertThat(kept.headers().firstValueAsLong("Content-Length"))
                    .hasValue(made.body().getBytes(StandardCharsets.UTF_8).length);
        }
        assertThat(atlas.get("/api/v1/ties?limit=1").body()).isNotEqualTo(atlas.get("/api/v1/ties?limit=2").body());
    }

    @Test
    void aNewSnapshotIsNeverAnsweredWithTheOldOnesAnswers() {
        String tie = "/api/v1/ties/no-narvik--rs-kikinda";
        int ties = atlas.json("/api/v1/stats").get("ties").asInt();
        String city = atlas.get("/en/city/rs-kikinda").body();
        String etag = atlas.get(tie).headers().firstValue("ETag").orElseThrow();
        assertThat(atlas.get(tie).statusCode()).isEqualTo(200);
        assertThat(atlas.get("/en/city/rs-kikinda").body()).isEqualTo(city).contains("/en/tie/no-narvik--rs-kikinda");

        assertThat(atlas.app.atlas().deleteTie("no-narvik--rs-kikinda", "test")).isTrue();

        assertThat(atlas.get(tie).statusCode()).isEqualTo(404);
        assertThat(atlas.get(tie, "If-None-Match", etag).statusCode()).isEqualTo(404);
        assertThat(atlas.json("/api/v1/stats").get("ties").asInt()).isEqualTo(ties - 1);
        assertThat(atlas.get("/en/city/rs-kikinda").body()).doesNotContain("/en/tie/no-narvik--rs-kikinda");
        assertThat(atlas.json("/api/v1/stats").get("ties").asInt()).as("kept again, for the new snapshot")
                .isEqualTo(ties - 1);
    }

    @Test
    void conditionalRequestsAndHeadAreAnsweredFromTheKeptAnswer() {
        for (String read : List.of("/api/v1/ties/no-narvik--rs-kikinda", "/en/city/rs-kikinda")) {
            HttpResponse<String> made = atlas.get(read);
            String etag = made.headers().firstValue("ETag").orElseThrow();
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> notModified = atlas.get(read, "If-None-Match", "\"other\", " + etag);
                assertThat(notModified.statusCode()).as(read).isEqualTo(304);
                assertThat(notModified.body()).isEmpty();
                assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
                assertThat(atlas.get(read, "If-None-Match", "W/\"stale\"").statusCode()).isEqualTo(200);

                HttpResponse<String> head = atlas.send("HEAD", read);
                assertThat(head.statusCode()).isEqualTo(200);
                assertThat(head.body()).isEmpty();
                assertThat(head.headers().firstValue("ETag")).hasValue(etag);
                assertThat(head.headers().firstValue("Content-Type")).isEqualTo(made.headers().firstValue("Content-Type"));
            }
        }
    }

    @Test
    void theGzipFormIsMadeOnceAndSentToWhoAcceptsIt() {
        String read = "/en/city/rs-kikinda";
        String identity = atlas.get(read).body();
        for (String accept : List.of("gzip", "br;q=1.0, gzip;q=0.8", "*", "deflate, x-gzip")) {
            HttpResponse<byte[]> gzipped = bytes(read, accept);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).as(accept).hasValue("gzip");
            assertThat(gunzip(gzipped.body())).as(accept).isEqualTo(identity);
            assertThat(gzipped.body().length).isLessThan(identity.length());
        }
        for (String accept : List.of("gzip;q=0", "identity", "*;q=0", "br")) {
            HttpResponse<byte[]> plain = bytes(read, accept);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(accept).isEmpty();
            assertThat(new String(plain.body(), StandardCharsets.UTF_8)).as(accept).isEqualTo(identity);
        }
        String small = "/api/v1/stats?country=NO";
        atlas.get(small);
        HttpResponse<byte[]> tiny = bytes(small, "gzip");
        assertThat(tiny.body().length).isLessThan(1024);
        assertThat(tiny.headers().firstValue("Content-Encoding")).as("not worth gzipping").isEmpty();
    }

    @Test
    void whatDependsOnMoreThanTheSnapshotIsNotKept() {
        for (int i = 0; i < 2; i++) {
            assertThat(atlas.get("/api/v1/ties/rs-nowhere--rs-kikinda").statusCode()).isEqualTo(404);
            assertThat(atlas.get("/api/v1/ties?limit=0").statusCode()).isEqualTo(400);
            assertThat(atlas.get("/api/v1/health").headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(atlas.get("/api/v1/me").statusCode()).isEqualTo(401);
            assertThat(atlas.get("/", "Accept-Language", i == 0 ? "sr-Cyrl" : "en").headers().firstValue("Location"))
                    .hasValue(i == 0 ? "/sr-Cyrl/" : "/en/");
        }
        assertThat(served("/api/v1/ties/{id}", "prepared", 404)).isZero();
        assertThat(served("/api/v1/health", "prepared")).isZero();
        assertThat(served("/", "prepared", 302)).isZero();
    }

    @Test
    void theServersOwnRefusalsStillComeFirst() {
        String read = "/api/v1/ties/no-narvik--rs-kikinda";
        atlas.get(read);
        atlas.get(read);
        assertThat(atlas.get(read, "X-Filler", "x".repeat(RequestChecks.MAX_HEADERS + 10)).statusCode())
                .isEqualTo(431);
        assertThat(atlas.send("POST", read).statusCode()).isEqualTo(405);
    }

    /** How many answers of {@code route} (a path pattern, or a request whose route this test knows) were sent so. */
    private long served(String read, String how) {
        return served(pattern(read), how, 200);
    }

    private long served(String route, String how, int status) {
        String metrics = atlas.get("/metrics").body();
        Matcher m = Pattern.compile("pobratim_http_requests_seconds_count\\{answered=\"" + how
                + "\",method=\"GET\",route=\"" + Pattern.quote(route) + "\",status=\"" + status + "\"} (\\d+)")
                .matcher(metrics);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String pattern(String read) {
        String path = read.contains("?") ? read.substring(0, read.indexOf('?')) : read;
        if (path.startsWith("/api/v1/ties/")) {
            return "/api/v1/ties/{id}";
        }
        if (path.matches("/[^/]+/city/.*")) {
            return "/{lang}/city/{id}";
        }
        if (path.matches("/[^/]+/path")) {
            return "/{lang}/path";
        }
        if (path.matches("/[^/]+/")) {
            return "/{lang}";
        }
        return path;
    }

    private HttpResponse<byte[]> bytes(String read, String acceptEncoding) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + atlas.server.port() + read))
                .header("Accept-Encoding", acceptEncoding).timeout(Duration.ofSeconds(10)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
