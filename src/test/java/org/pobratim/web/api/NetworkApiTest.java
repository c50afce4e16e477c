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
    void theCountryNetworkJoinsCountriesByTheTiesOfTheirCities() {
        JsonNode countries = atlas.json("/api/v1/network/countries");
        assertThat(countries.path("countries").asInt()).isEqualTo(7);
        assertThat(countries.path("pairs").asInt()).as("RS with NO, JP, GR, TR, GB, JO").isEqualTo(6);
        assertThat(countries.path("ties").asInt()).isEqualTo(8);
        assertThat(countries.path("domestic").asInt()).as("Kikinda–Šabac").isEqualTo(1);
        assertThat(countries.path("strongest").path(0).path("b").asText()).isEqualTo("RS");
        assertThat(countries.path("strongest").path(0).path("a").asText()).isEqualTo("JP");
        assertThat(countries.path("strongest").path(0).path("ties").asInt()).as("Kikinda and Šabac with Fujimi")
                .isEqualTo(2);
        JsonNode first = countries.path("ranked").path(0);
        assertThat(first.path("code").asText()).isEqualTo("RS");
        assertThat(first.path("tiesAbroad").asInt()).isEqualTo(7);
        assertThat(first.path("partnerCountries").asInt()).isEqualTo(6);
        assertThat(countries.path("ranked").path(2).path("code").asText()).as("one tie each: by code")
                .isEqualTo("GB");
        JsonNode japan = atlas.json("/api/v1/network/countries?country=JP&limit=1");
        assertThat(japan.path("ties").asInt()).isEqualTo(2);
        assertThat(japan.path("ranked")).hasSize(1);
    }

    @Test
    void theLargestCommunitiesComeLargestFirstWithTheirHubsAndCountries() {
        JsonNode answer = atlas.json("/api/v1/network/communities?hubs=1");
        JsonNode largest = answer.path("largest");
        assertThat(largest.size()).isEqualTo(answer.path("communities").asInt());
        int total = 0;
        int previous = Integer.MAX_VALUE;
        for (JsonNode c : largest) {
            assertThat(c.path("size").asInt()).isLessThanOrEqualTo(previous);
            previous = c.path("size").asInt();
            total += previous;
            assertThat(c.path("hubs")).hasSize(1);
        }
        assertThat(total).as("every city of the fixture is in one").isEqualTo(11);
        assertThat(largest.path(0).path("hubs").path(0).path("city").path("id").asText()).isIn("rs-kikinda",
                "rs-sabac");
        assertThat(largest.path(0).path("countries").path("RS").asInt()).isPositive();
    }

    @Test
    void cousinsShareAPartnerAndComeByHowManyThenByOverlap() {
        JsonNode cousins = atlas.json("/api/v1/network/cousins?city=rs-kikinda").path("cousins");
        List<String> ids = new ArrayList<>();
        cousins.forEach(c -> ids.add(c.path("city").path("id").asText()));
        // each shares one partner; Argostoli's one partner is shared (1/3), Fujimi's two (1/4), Šabac's three (1/5)
        assertThat(ids).containsExactly("gr-argostoli", "jp-fujimi", "rs-sabac");
        assertThat(cousins.path(0).path("sharedPartners").path(0).path("id").asText()).isEqualTo("rs-sabac");
        assertThat(cousins.path(0).path("overlap").asDouble()).isEqualTo(1.0 / 3);
    }

    @Test
    void badParametersAreNamed() {
        for (String bad : List.of("/api/v1/network/path?from=rs-kikinda", "/api/v1/network/path?from=rs-atlantis&to=rs-sabac",
                "/api/v1/network?from=2020&to=2000", "/api/v1/network?kind=marriage", "/api/v1/network/central?limit=99",
                "/api/v1/network?city=rs-sabac", "/api/v1/network?liveness=zombie",
                "/api/v1/network/countries?limit=0", "/api/v1/network/countries?tier=gossip",
                "/api/v1/network/communities?limit=13", "/api/v1/network/cousins", "/api/v1/network/cousins?city=xx",
                "/api/v1/network/cousins?city=rs-sabac&limit=abc")) {
            HttpResponse<String> response = atlas.get(bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.body()).as(bad).contains("\"parameter\"");
        }
    }
}
