package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pobratim.TestData;

/**
 * HTTP as a careful client expects it, on every route: HEAD, wrong methods, malformed and over-long requests,
 * redirects, compression and caching, security headers, odd Accept-Language headers and raw UTF-8 queries.
 * Each test here was written for a defect found trying the atlas as a new user would.
 */
class HttpBehaviourTest {
    @TempDir
    static Path dir;
    static RunningAtlas atlas;

    @BeforeAll
    static void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), true);
    }

    @AfterAll
    static void stop() {
        atlas.close();
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "fr,;", ";;;,,,", ",", "q=0.5", "sr;q=", "  ; ,sr-Cyrl"})
    void anyAcceptLanguageHeaderGetsARedirectNeverAServerError(String acceptLanguage) {
        for (String path : List.of("/", "/city/rs-sabac", "/stats")) {
            HttpResponse<String> response = atlas.get(path, "Accept-Language", acceptLanguage);
            assertThat(response.statusCode()).as(path + " with " + acceptLanguage).isEqualTo(302);
            assertThat(header(response, "Location")).matches("/(en|sr-Latn|sr-Cyrl)" + (path.equals("/") ? "/"
                    : path));
        }
        assertThat(header(atlas.get("/", "Accept-Language", "  ; ,sr-Cyrl"), "Location")).isEqualTo("/sr-Cyrl/");
    }

    @Test
    void headGivesTheStatusAndHeadersOfGetWithoutTheBody() {
        for (String path : List.of("/api/v1/cities/rs-kikinda", "/api/v1/cities/rs-atlantis", "/api/v1/ties?kind=x",
                "/", "/en/city/rs-sabac", "/en/city/rs-atlantis", "/sr-Cyrl/stats", "/static/map.js",
                "/shapes/countries.geojson", "/api/v1/nothing")) {
            HttpResponse<String> get = atlas.get(path);
            HttpResponse<String> head = atlas.send("HEAD", path);
            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(head.body()).as(path).isEmpty();
            for (String name : List.of("Content-Type", "ETag", "Content-Security-Policy", "Location",
                    "Content-Language", "Cache-Control", "X-Content-Type-Options")) {
                assertThat(header(head, name)).as(path + " " + name).isEqualTo(header(get, name));
            }
        }
        assertThat(atlas.send("HEAD", "/api/v1/cities/rs-atlantis").statusCode()).isEqualTo(404);
        assertThat(header(atlas.send("HEAD", "/"), "Location")).isEqualTo("/en/");
    }

    @Test
    void aWrongMethodOnAReadRouteIs405SayingWhichAreAllowed() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/api/v1/cities", "/api/v1/ties/no-narvik--rs-kikinda", "/en/city/rs-sabac",
                    "/", "/en/")) {
                HttpResponse<String> response = atlas.send(method, path);
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(header(response, "Allow")).as(method + " " + path).isEqualTo("GET, HEAD");
                assertThat(header(response, "Content-Type")).as(method + " " + path)
                        .startsWith(path.startsWith("/api/") ? "application/problem+json" : "text/html");
            }
        }
        assertThat(atlas.send("POST", "/api/v1/cities").body()).contains("\"status\":405").contains("GET, HEAD");
        assertThat(atlas.send("DELETE", "/sr-Latn/stats").body()).contains("Metod nije dozvoljen");
    }

    @Test
    void malformedAndOverLongRequestsGetTheAtlasOwnAnswers() {
        RawHttp.Response badApi = RawHttp.get(atlas.server.port(), "/api/v1/ties/a%2Fb");
        assertThat(badApi.status()).isEqualTo(400);
        assertThat(badApi.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badApi.body()).contains("\"status\":400").contains("malformed");
        RawHttp.Response badPage = RawHttp.get(atlas.server.port(), "/sr-Latn/city/..%2F..%2Fx");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.header("Content-Type")).startsWith("text/html").contains("utf-8");
        assertThat(badPage.body()).contains("<html lang=\"sr-Latn\">").contains("Neispravan zahtev");
        for (String traversal : List.of("/static/..%2F..%2Fweb%2Fmessages%2Fmessages_en.properties",
                "/static/%2e%2e/%2e%2e/web/messages/messages_en.properties")) {
            RawHttp.Response refused = RawHttp.get(atlas.server.port(), traversal);
            assertThat(refused.status()).as(traversal).isEqualTo(400);
            assertThat(refused.body()).as(traversal).doesNotContain("site.name");
        }
        // a request line Jetty cannot read at all loses its path there: the atlas's page, not Jetty's
        RawHttp.Response unreadable = RawHttp.get(atlas.server.port(), "/api/v1/cities/%zz");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(unreadable.body()).contains("Bad request").doesNotContain("Powered by Jetty");
        assertThat(unreadable.header("X-Content-Type-Options")).isEqualTo("nosniff");

        String longQuery = "x".repeat(70_000);
        RawHttp.Response tooLongApi = RawHttp.get(atlas.server.port(), "/api/v1/search?q=" + longQuery);
        assertThat(tooLongApi.status()).isEqualTo(414);
        assertThat(tooLongApi.header("Content-Type")).startsWith("application/problem+json");
        RawHttp.Response tooLongPage = RawHttp.get(atlas.server.port(), "/en/search?q=" + longQuery);
        assertThat(tooLongPage.status()).isEqualTo(414);
        assertThat(tooLongPage.body()).contains("Address too long").doesNotContain(longQuery.substring(0, 200));

        byte[] bigHeader = ("GET /en/ HTTP/1.1\r\nX-Big: " + "y".repeat(70_000) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        RawHttp.Response tooBig = RawHttp.send(atlas.server.port(), bigHeader);
        assertThat(tooBig.status()).isEqualTo(431);
        assertThat(tooBig.header("Content-Type")).startsWith("text/html");
        assertThat(tooBig.body()).contains("Request too large");
        assertThat(tooBig.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aRedirectHasNoJsonBody() {
        HttpResponse<String> redirect = atlas.get("/");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(header(redirect, "Content-Type")).isNull();
        assertThat(redirect.body()).isEmpty();
    }

    @Test
    void aRawUtf8QueryIsRedirectedPercentEncoded() {
        byte[] request = "GET /search?q=Ша&x=1 HTTP/1.1\r\n".getBytes(StandardCharsets.UTF_8);
        RawHttp.Response response = RawHttp.send(atlas.server.port(), request);
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/en/search?q=%D0%A8%D0%B0&x=1");
        assertThat(RawHttp.get(atlas.server.port(), "/en/search?q=%D0%A8%D0%B0%D0%B1%D0%B0%D1%86").body())
                .contains("href=\"/en/city/rs-sabac\"");
    }

    @Test
    void compressedAnswersVaryByEncodingAndDoNotShareAStrongTagWithTheIdentityOnes() {
        for (String path : List.of("/api/v1/cities", "/en/", "/shapes/countries.geojson")) {
            HttpResponse<String> gzip = atlas.get(path, "Accept-Encoding", "gzip");
            HttpResponse<String> identity = atlas.get(path);
            assertThat(header(gzip, "Content-Encoding")).as(path).isEqualTo("gzip");
            assertThat(header(identity, "Content-Encoding")).as(path).isNull();
            assertThat(header(gzip, "Vary")).as(path).containsIgnoringCase("Accept-Encoding");
            assertThat(header(identity, "Vary")).as(path).containsIgnoringCase("Accept-Encoding");
            String gzipTag = header(gzip, "ETag");
            String identityTag = header(identity, "ETag");
            if (gzipTag != null && identityTag != null && gzipTag.equals(identityTag)) {
                assertThat(gzipTag).as(path + ": one tag for two encodings must be weak").startsWith("W/");
            }
        }
        String tag = header(atlas.get("/api/v1/cities", "Accept-Encoding", "gzip"), "ETag");
        assertThat(tag).isNotNull();
        assertThat(atlas.get("/api/v1/cities", "If-None-Match", tag).statusCode()).isEqualTo(304);
        assertThat(atlas.get("/api/v1/cities", "If-None-Match", tag, "Accept-Encoding", "gzip").statusCode())
                .isEqualTo(304);
    }

    @Test
    void everyAnswerForbidsSniffingAndSaysItsReferrerPolicyAndApiAndFilesHaveAPolicyToo() {
        for (String path : List.of("/api/v1/health", "/api/v1/cities/rs-atlantis", "/en/", "/en/city/rs-atlantis",
                "/", "/static/app.css", "/webjars/leaflet/1.9.4/dist/leaflet.js", "/shapes/countries.geojson",
                "/nothing-here")) {
            HttpResponse<String> response = atlas.get(path);
            assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(header(response, "Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
        assertThat(header(atlas.get("/api/v1/health"), "Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(header(atlas.get("/en/"), "Content-Security-Policy")).startsWith("default-src 'self'");
    }

    @Test
    void anOverLongSearchEchoesAShortenedQuery() {
        String query = "x".repeat(60_000);
        HttpResponse<String> response = atlas.get("/en/search?q=" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body().length()).isLessThan(20_000);
        assertThat(response.body()).contains("x".repeat(100) + "…").doesNotContain("x".repeat(101))
                .contains("at most 200 characters");
        HttpResponse<String> notFound = atlas.get("/en/city/" + "y".repeat(30_000));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body().length()).isLessThan(20_000);
    }

    @Test
    void serbianPagesSayWhatIsWrongInSerbian() {
        HttpResponse<String> latin = atlas.get("/sr-Latn/?kind=marriage");
        assertThat(latin.statusCode()).isEqualTo(400);
        assertThat(latin.body()).contains("Parametar upita „kind“: „marriage“ nije jedno od")
                .doesNotContain("query parameter").doesNotContain("is not one of");
        HttpResponse<String> cyrillic = atlas.get("/sr-Cyrl/?country=Greece");
        assertThat(cyrillic.body()).contains("Параметар упита „country“: „Greece“ није ISO 3166-1 alpha-2 код");
        assertThat(atlas.get("/sr-Latn/search?q=%3F%21").body()).contains("nema slova ni cifara");
    }
}
