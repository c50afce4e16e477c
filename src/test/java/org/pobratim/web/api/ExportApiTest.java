package org.pobratim.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pobratim.TestData;
import org.pobratim.export.ExportFormat;
import org.pobratim.export.ExportReaders;
import org.pobratim.web.RunningAtlas;

/** {@code /api/v1/export/{format}} over real HTTP on the fixture: every format, the filters, the refusals. */
class ExportApiTest {
    @TempDir
    static Path dir;
    static RunningAtlas atlas;

    @BeforeAll
    static void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), false);
    }

    @AfterAll
    static void stop() {
        atlas.close();
    }

    private static List<String> tieIds(String filters) {
        List<String> ids = new ArrayList<>();
        atlas.json("/api/v1/ties?limit=500" + filters).get("items").forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatIsSentAsAFileOfItsTypeAndName(ExportFormat format) {
        HttpResponse<String> r = atlas.get("/api/v1/export/" + format.code());
        if (format == ExportFormat.QUICKSTATEMENTS || format == ExportFormat.WIKIDATA_REPORT) {
            assertThat(r.statusCode()).as("the fixture holds no Wikidata statements to compare with").isEqualTo(409);
            assertThat(r.body()).contains("no Wikidata P190 statements");
            return;
        }
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase(format.mediaType().replace(" ", ""));
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"" + format.fileName() + "\"");
        assertThat(r.body()).isNotBlank();
    }

    @Test
    void theFiltersOfTheTiesListSelectTheSameTies() throws IOException {
        List<String> kikinda = tieIds("&city=rs-kikinda");
        assertThat(kikinda).isNotEmpty();
        List<String> rows = atlas.get("/api/v1/export/csv?city=rs-kikinda").body().lines().skip(1).toList();
        assertThat(rows).hasSameSizeAs(kikinda);
        assertThat(rows.stream().map(l -> l.substring(0, l.indexOf(',')))).containsExactlyInAnyOrderElementsOf(kikinda);

        JsonNode json = new ObjectMapper().readTree(atlas.get("/api/v1/export/json?country=RS&partnerCountry=NO")
                .body());
        List<String> ids = new ArrayList<>();
        json.get("ties").forEach(t -> ids.add(t.get("id").asText()));
        assertThat(ids).isNotEmpty().containsExactlyInAnyOrderElementsOf(tieIds("&country=RS&partnerCountry=NO"));

        List<String> fifties = tieIds("&from=1950&to=1959");
        JsonNode geo = new ObjectMapper().readTree(atlas.get("/api/v1/export/geojson?from=1950&to=1959").body());
        long lines = 0;
        for (JsonNode f : geo.get("features")) {
            if (!f.at("/geometry/type").asText().equals("Point")) {
                lines++;
                assertThat(fifties).contains(f.path("id").asText());
            }
        }
        assertThat(lines).isEqualTo(fifties.size());
    }

    @Test
    void aGraphFromTheApiIsReadByNetworkxWithANodePerCityAndAnEdgePerTie() throws Exception {
        List<String> kikinda = tieIds("&city=rs-kikinda");
        Path file = dir.resolve("kikinda.graphml");
        Files.writeString(file, atlas.get("/api/v1/export/graphml?city=rs-kikinda").body());
        List<String> read = ExportReaders.networkx(file, "read_graphml", kikinda.get(0));
        assertThat(read.subList(0, 3)).containsExactly(String.valueOf(kikinda.size() + 1),
                String.valueOf(kikinda.size()), "False");
    }

    @Test
    void anUnknownFormatIsA404NamingTheFormatsAndABadFilterA400NamingIt() throws IOException {
        HttpResponse<String> xls = atlas.get("/api/v1/export/xls");
        assertThat(xls.statusCode()).isEqualTo(404);
        assertThat(xls.body()).contains("'xls'").contains("graphml").contains("turtle");
        for (String[] c : new String[][] {{"/api/v1/export/csv?kind=marriage", "kind"},
            {"/api/v1/export/gexf?city=rs-atlantis", "city"}, {"/api/v1/export/turtle?from=1990&to=1980", "to"},
            {"/api/v1/export/geojson?format=csv", "format"}, {"/api/v1/export/csv?country=Serbia", "country"}}) {
            HttpResponse<String> r = atlas.get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
            assertThat(new ObjectMapper().readTree(r.body()).path("parameter").asText()).as(c[0]).isEqualTo(c[1]);
        }
    }
}
