package org.pobratim.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.web.RunningAtlas;

/**
 * The network over real HTTP on the fixture's eight ties: Kikinda–Narvik, Kikinda–Šabac, Kikinda–Fujimi,
 * Šabac–Fujimi, Šabac–Argostoli, Prizren–Bodrum, Zemun–Coventry, Inđija–Al Salt — four components.
 */
class NetworkApiTest {
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

    @Test
    void theWholeNetworksStatisticsAreTheFixturesAndAFilterNarrowsThem() {
        JsonNode all = atlas.json("/api/v1/network");
        assertThat(all.path("nodes").asInt()).isEqualTo(11);
        assertThat(all.path("edges").asInt()).isEqualTo(8);
        assertThat(all.path("components").asInt()).isEqualTo(4);
        assertThat(all.path("largestComponent").asInt()).isEqualTo(5);
        assertThat(all.path("triangles").asInt()).as("Kikinda, Šabac, Fujimi").isEqualTo(1);
        assertThat(all.path("diameter").asInt()).as("Narvik–Kikinda–Šabac–Argostoli").isEqualTo(3);
        assertThat(all.path("degreeDistribution").path("1").asInt()).isEqualTo(8);
        JsonNode japan = atlas.json("/api/v1/network?country=JP");
        assertThat(japan.path("edges").asInt()).isEqualTo(2);
        assertThat(japan.path("nodes").asInt()).isEqualTo(3);
        assertThat(atlas.json("/api/v1/network?from=2000&to=2020").path("edges").asInt())
                .isLessThan(all.path("edges").asInt());
        assertThat(atlas.json("/api/v1/network?liveness=dormant").path("edges").asInt())
                .as("Kikinda–Narvik alone is dormant in the fixture").isEqualTo(1);
    }

    @Test
    void thePathFinderGivesTheShortestChainAndHowManyThereAre() {
        JsonNode path = atlas.json("/api/v1/network/path?from=no-narvik&to=gr-argostoli");
        assertThat(path.path("connected").asBoolean()).isTrue();
        assertThat(path.path("ties").asInt()).isEqualTo(3);
        assertThat(path.path("shortestPaths").asDouble()).isEqualTo(1.0);
        List<String> ids = new ArrayList<>();
        path.path("path").forEach(c -> ids.add(c.path("id").asText()));
        assertThat(ids).containsExactly("no-narvik", "rs-kikinda", "rs-sabac", "gr-argostoli");
        JsonNode apart = atlas.json("/api/v1/network/path?from=gb-coventry&to=jp-fujimi");
        assertThat(apart.path("connected").asBoolean()).isFalse();
        assertThat(apart.has("path")).isFalse();
        assertThat(atlas.json("/api/v1/network/path?from=rs-sabac&to=rs-sabac").path("ties").asInt()).isZero();
    }

    @Test
    void theMostCentralCitiesComeByEachMeasure() {
        JsonNode central = atlas.json("/api/v1/network/central?limit=2").path("central");
        assertThat(central.path("degree").path(0).path("id").asText()).isEqualTo("rs-kikinda");
        assertThat(central.path("degree").path(1).path("id").asText()).as("equal degree: by id").isEqualTo("rs-sabac");
        assertThat(central.path("betweenness")).hasSize(2);
        assertThat(central.path("pagerank").path(0).path("value").asDouble()).isPositive();
    }

    @Test
    void badParametersAreNamed() {
        for (String bad : List.of("/api/v1/network/path?from=rs-kikinda", "/api/v1/network/path?from=rs-atlantis&to=rs-sabac",
                "/api/v1/network?from=2020&to=2000", "/api/v1/network?kind=marriage", "/api/v1/network/central?limit=99",
                "/api/v1/network?city=rs-sabac", "/api/v1/network?liveness=zombie")) {
            HttpResponse<String> response = atlas.get(bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.body()).as(bad).contains("\"parameter\"");
        }
    }
}
