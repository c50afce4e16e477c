package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.account.Role;
import org.pobratim.account.Scope;

/**
 * {@code POST /api/v1/admin/import} over real HTTP: data files zipped, applied to the store the server holds, all or
 * nothing, the snapshot following; only an import token gets in, and a zip cannot write outside its folder.
 */
class ImportThroughServerTest {
    private static final String NEW_TIE = "city: rs-zemun\nties:\n  - partner: jp-fujimi\n    agreements:\n"
            + "      - kind: friendship\n        date: 1999\n        sources: [fixture-news]\n";

    @TempDir
    Path dir;
    RunningAtlas atlas;
    String importToken;
    String proposeToken;

    @BeforeEach
    void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), false);
        var admin = atlas.app.accounts().create("ana", Role.ADMIN, "correct horse battery", "test");
        importToken = atlas.app.accounts().createToken(admin, "import", Set.of(Scope.IMPORT));
        proposeToken = atlas.app.accounts().createToken(admin, "propose", Set.of(Scope.PROPOSE));
    }

    @AfterEach
    void stop() {
        atlas.close();
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private HttpResponse<String> post(String token, byte[] body) throws Exception {
        return post(token, body, "test");
    }

    private HttpResponse<String> post(String token, byte[] body, String name) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + atlas.server.port()
                + "/api/v1/admin/import?name=" + name)).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return atlas.send(request.build());
    }

    @Test
    void filesSentWithAnImportTokenAreAppliedAndTheSnapshotFollows() throws Exception {
        long before = atlas.snapshot().atlas().version();
        HttpResponse<String> answer = post(importToken, zip(Map.of("ties/rs-zemun-more.yaml", NEW_TIE)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var result = RunningAtlas.parse(answer.body());
        assertThat(result.path("created").asInt()).isEqualTo(1);
        assertThat(result.path("version").asLong()).isGreaterThan(before);
        assertThat(atlas.get("/api/v1/ties/jp-fujimi--rs-zemun").statusCode()).isEqualTo(200);
        assertThat(atlas.get("/api/v1/ties/jp-fujimi--rs-zemun/history").body()).contains("import:test by ana");
        // again: nothing changes
        assertThat(RunningAtlas.parse(post(importToken, zip(Map.of("ties/x.yaml", NEW_TIE))).body())
                .path("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void aBrokenFileIsRefusedWithItsNameLineAndFieldAndNothingIsImported() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("ties/rs-zemun-more.yaml", NEW_TIE);
        files.put("ties/rs-broken.yaml", NEW_TIE.replace("rs-zemun", "rs-kikinda").replace("1999", "2999"));
        HttpResponse<String> answer = post(importToken, zip(files));
        assertThat(answer.statusCode()).isEqualTo(400);
        var problem = RunningAtlas.parse(answer.body());
        assertThat(problem.path("detail").asText()).contains("nothing imported")
                .contains("ties/rs-broken.yaml:6: ties[0].agreements[0].date").doesNotContain("pobratim-import-");
        assertThat(atlas.snapshot().atlas().tie("jp-fujimi--rs-zemun")).isEmpty();
    }

    @Test
    void onlyAnImportTokenGetsInAndAZipCannotLeaveItsFolder() throws Exception {
        byte[] good = zip(Map.of("ties/a.yaml", NEW_TIE));
        assertThat(post(null, good).statusCode()).isEqualTo(401);
        assertThat(post(proposeToken, good).statusCode()).isEqualTo(403);
        assertThat(post("pbt_" + "x".repeat(43), good).statusCode()).isEqualTo(401);

        HttpResponse<String> escape = post(importToken, zip(Map.of("../../escaped.yaml", NEW_TIE)));
        assertThat(escape.statusCode()).isEqualTo(400);
        assertThat(RunningAtlas.parse(escape.body()).path("detail").asText()).contains("lies outside its folder");
        assertThat(dir.getParent().resolve("escaped.yaml")).doesNotExist();
        HttpResponse<String> notZip = post(importToken, "city: rs-zemun".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.statusCode()).isEqualTo(400);
        assertThat(post(importToken, zip(Map.of("README.md", "# no data"))).body()).contains("no .yaml data files");
        HttpResponse<String> longName = post(importToken, good, "x".repeat(101));
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(RunningAtlas.parse(longName.body()).path("parameter").asText()).isEqualTo("name");
        assertThat(atlas.snapshot().atlas().tie("jp-fujimi--rs-zemun")).isEmpty();
    }
}
