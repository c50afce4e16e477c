package org.pobratim.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Tie;
import org.pobratim.web.RunningAtlas;

/** {@code GET /api/v1/map/world} over real HTTP against the fixture: the compact network the world view draws. */
class WorldMapTest {
    private static final String PATH = "/api/v1/map/world";

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
    void everyTieIsAPairOfIndicesIntoTheCitiesWithItsTier() {
        Atlas snapshot = atlas.snapshot().atlas();
        JsonNode world = atlas.json(PATH);
        assertThat(world.get("version").asLong()).isEqualTo(snapshot.version());
        assertThat(world.get("tiers")).extracting(JsonNode::asText)
                .containsExactly("primary", "secondary", "listing");
        JsonNode cities = world.get("cities");
        JsonNode ties = world.get("ties");
        assertThat(ties).hasSize(snapshot.ties().size());

        Set<String> tied = new HashSet<>();
        snapshot.ties().values().forEach(t -> tied.addAll(List.of(t.cityA(), t.cityB())));
        assertThat(cities).hasSize(tied.size());
        for (JsonNode city : cities) {
            assertThat(city).hasSize(5);
            City expected = snapshot.cities().get(city.get(0).asText());
            assertThat(expected).as(city.toString()).isNotNull();
            assertThat(city.get(1).asText()).isEqualTo(expected.displayName());
            assertThat(city.get(2).asDouble()).isCloseTo(expected.location().lat(), org.assertj.core.data.Offset.offset(0.0005));
            assertThat(city.get(3).asDouble()).isCloseTo(expected.location().lon(), org.assertj.core.data.Offset.offset(0.0005));
            assertThat(city.get(2).toString()).matches("-?\\d+(\\.\\d{1,3})?");
            assertThat(city.get(3).toString()).matches("-?\\d+(\\.\\d{1,3})?");
            assertThat(city.get(4).asText()).isEqualTo(expected.country());
        }

        Set<Integer> tiers = new HashSet<>();
        for (JsonNode tie : ties) {
            assertThat(tie).hasSize(3);
            int a = tie.get(0).asInt();
            int b = tie.get(1).asInt();
            assertThat(a).isBetween(0, cities.size() - 1);
            assertThat(b).isBetween(0, cities.size() - 1).isNotEqualTo(a);
            Tie expected = snapshot.tie(Tie.idOf(cities.get(a).get(0).asText(), cities.get(b).get(0).asText()))
                    .orElseThrow(() -> new AssertionError("no tie " + tie));
            int tier = tie.get(2).asInt();
            assertThat(world.get("tiers").get(tier).asText()).as(expected.id())
                    .isEqualTo(snapshot.tier(expected).code());
            tiers.add(tier);
        }
        assertThat(tiers).as("the fixture has ties of more than one tier").hasSizeGreaterThan(1);
    }

    @Test
    void aConditionalGetIs304AndTheTagHoldsForTheGzipEncodingToo() {
        HttpResponse<String> first = atlas.get(PATH);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(atlas.get(PATH).headers().firstValue("ETag")).contains(etag);

        HttpResponse<String> again = atlas.get(PATH, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(atlas.get(PATH, "If-None-Match", etag, "Accept-Encoding", "gzip").statusCode()).isEqualTo(304);
        assertThat(atlas.get(PATH, "If-None-Match", "W/\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void itTakesNoParameters() {
        HttpResponse<String> response = atlas.get(PATH + "?country=RS");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}
