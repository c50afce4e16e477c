package org.pobratim.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.web.RunningAtlas;

/**
 * The latest release of the server's releases folder: the downloads page lists its files with their checksums, and
 * /releases/latest/ serves those files and nothing else; a new release shows without a restart.
 */
class ReleasesPageTest {
    @TempDir
    static Path dir;
    static Path releases;
    static RunningAtlas atlas;

    @BeforeAll
    static void start() throws Exception {
        releases = dir.resolve("releases");
        release("pobratim-2026-12-03", "id,city_a\r\nx--y,x\r\n");
        atlas = new RunningAtlas(dir.resolve("db"), TestData.fixture(), false,
                PageOptions.OFFLINE.withReleases(releases));
    }

    @AfterAll
    static void stop() {
        atlas.close();
    }

    /** A release folder as `pobratim release` writes it: ties.csv, NOTICE, SHA256SUMS; and a file it does not list. */
    private static void release(String name, String ties) throws Exception {
        Path folder = Files.createDirectories(releases.resolve(name));
        Files.writeString(folder.resolve("ties.csv"), ties);
        Files.writeString(folder.resolve("NOTICE"), "notice of " + name + "\n");
        Files.writeString(folder.resolve("secret.txt"), "not released");
        Files.writeString(folder.resolve("SHA256SUMS"), sha256(ties) + "  ties.csv\n"
                + sha256("notice of " + name + "\n") + "  NOTICE\n");
        Files.writeString(releases.resolve("LATEST"), name + "\n");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePageListsTheLatestReleaseAndItsFilesAreServedWithTheirChecksums() throws Exception {
        String page = atlas.get("/en/downloads").body();
        assertThat(page).contains("The latest release, pobratim-2026-12-03")
                .contains("href=\"/releases/latest/ties.csv\"").contains(sha256("id,city_a\r\nx--y,x\r\n"))
                .contains("href=\"/releases/latest/SHA256SUMS\"").doesNotContain("secret.txt");
        assertThat(atlas.get("/sr-Cyrl/downloads").body()).contains("Најновије издање, pobratim-2026-12-03");

        HttpResponse<String> ties = atlas.get("/releases/latest/ties.csv");
        assertThat(ties.statusCode()).isEqualTo(200);
        assertThat(ties.body()).isEqualTo("id,city_a\r\nx--y,x\r\n");
        assertThat(ties.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(ties.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("pobratim-2026-12-03-ties.csv");
        assertThat(atlas.get("/releases/latest/SHA256SUMS").body()).contains("  NOTICE");
        for (String other : new String[] {"secret.txt", "LATEST", "..%2FLATEST", "%2e%2e", "nothing"}) {
            assertThat(atlas.get("/releases/latest/" + other).statusCode()).as(other).isIn(400, 404);
        }
    }

    @Test
    void aNewReleaseShowsWithoutARestart() throws Exception {
        release("pobratim-2026-12-04", "id\r\n");
        try {
            assertThat(atlas.get("/en/downloads").body()).contains("pobratim-2026-12-04")
                    .doesNotContain("pobratim-2026-12-03");
            assertThat(atlas.get("/releases/latest/ties.csv").body()).isEqualTo("id\r\n");
        } finally {
            Files.writeString(releases.resolve("LATEST"), "pobratim-2026-12-03\n");
        }
    }
}
