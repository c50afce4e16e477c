package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Tie;

/** JSON API v1 over real HTTP, against the fixture and the GeoNames sample. */
class ApiTest {
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

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(n -> n.get("id").asText()).toList();
    }

    @Test
    void theRootSendsBrowsersToTheMapInTheirLanguage() {
        HttpResponse<String> root = atlas.get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/en/");
        assertThat(atlas.get("/", "Accept-Language", "sr-RS,sr;q=0.9").headers().firstValue("Location").orElseThrow())
                .endsWith("/sr-Latn/");
        assertThat(atlas.get("/", "Accept-Language", "sr-Cyrl-RS").headers().firstValue("Location").orElseThrow())
                .endsWith("/sr-Cyrl/");
    }

    @Test
    void searchFindsCitiesInAnyScriptAndSaysWhichNameMatched() {
        JsonNode result = atlas.json("/api/v1/search?q=%D0%A8%D0%B0%D0%B1%D0%B0%D1%86&limit=3");
        assertThat(result.at("/items/0/id").asText()).isEqualTo("rs-sabac");
        assertThat(result.at("/items/0/kind").asText()).isEqualTo("city");
        assertThat(result.at("/items/0/matchedName").asText()).isEqualTo("Шабац");
        assertThat(result.at("/items/0/match").asText()).isEqualTo("exact");
        assertThat(atlas.json("/api/v1/search?q=Indjija").at("/items/0/id").asText()).isEqualTo("rs-indjija");
        assertThat(atlas.json("/api/v1/search?q=Hilerod").at("/items/0/id").asText()).isEqualTo("geonames:2620320");
        assertThat(atlas.json("/api/v1/search?q=Sabac&country=NO").get("items")).isEmpty();
    }

    @Test
    void searchRejectsQueriesItCannotSearch() {
        for (String q : List.of("/api/v1/search", "/api/v1/search?q=%3F%21%2E", "/api/v1/search?q=" + "x".repeat(10_000),
                "/api/v1/search?q=nis&limit=1000")) {
            HttpResponse<String> response = atlas.get(q);
            assertThat(response.statusCode()).as(q.substring(0, Math.min(60, q.length()))).isEqualTo(400);
            assertThat(RunningAtlas.parse(response.body()).get("parameter").asText()).isIn("q", "limit");
        }
    }

    @Test
    void healthSaysWhatIsLoaded() {
        JsonNode health = atlas.json("/api/v1/health");
        Atlas snapshot = atlas.snapshot().atlas();
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("ties").asInt()).isEqualTo(snapshot.ties().size());
        assertThat(health.get("cities").asInt()).isEqualTo(snapshot.cities().size());
    }

    @Test
    void aNameQueryFindsKikindaAndItsTieToNarvikIsAWarMemory() {
        for (String q : List.of("Kikinda", "kikinda", "%D0%9A%D0%B8%D0%BA%D0%B8%D0%BD%D0%B4%D0%B0", "kikin")) {
            assertThat(ids(atlas.json("/api/v1/cities?q=" + q))).as(q).first().isEqualTo("rs-kikinda");
        }
        JsonNode kikinda = atlas.json("/api/v1/cities/rs-kikinda");
        assertThat(kikinda.at("/city/country").asText()).isEqualTo("RS");
        JsonNode narvik = StreamSupport.stream(kikinda.get("ties").spliterator(), false)
                .filter(t -> t.at("/partner/id").asText().equals("no-narvik")).findFirst().orElseThrow();
        assertThat(narvik.get("reasons").toString()).contains("war-memory");
        assertThat(narvik.at("/partner/country").asText()).isEqualTo("NO");
        assertThat(narvik.get("distanceKm").asLong()).isBetween(2500L, 2800L);
    }

    @Test
    void conflictingSourcesAreKeptAndFlagged() {
        JsonNode tie = atlas.json("/api/v1/ties/rs-kikinda--no-narvik");
        assertThat(tie.at("/agreements/0/kind").asText()).isEqualTo("friendship");
        assertThat(tie.at("/conflicts/0/about").asText()).isEqualTo("kind");
        assertThat(tie.at("/conflicts/0/claim").asText()).contains("twinning charter");
        List<String> cited = tie.get("sources").findValuesAsText("id");
        assertThat(cited).contains(tie.at("/conflicts/0/sources/0").asText());
        JsonNode fromKikinda = atlas.json("/api/v1/ties?city=rs-kikinda").get("items").get(0);
        assertThat(fromKikinda.get("disputed").asBoolean()).isTrue();
        assertThat(atlas.json("/api/v1/ties/gr-argostoli--rs-sabac").get("conflicts")).isEmpty();
    }

    @Test
    void theOldestTieComesFirstAndIsNamedOldest() {
        JsonNode tie = atlas.json("/api/v1/ties/gb-coventry--rs-zemun");
        assertThat(tie.get("established").asText()).isEqualTo("1957");
        assertThat(ids(atlas.json("/api/v1/ties?limit=1"))).containsExactly("gb-coventry--rs-zemun");
        assertThat(atlas.json("/api/v1/stats").get("oldest").toString()).isEqualTo("[\"gb-coventry--rs-zemun\"]");
        Tie oldest = atlas.snapshot().atlas().tiesByEstablished().get(0);
        assertThat(oldest.id()).isEqualTo("gb-coventry--rs-zemun");
        // a tie of unknown date comes last
        List<String> all = ids(atlas.json("/api/v1/ties"));
        assertThat(all.get(all.size() - 1)).isEqualTo("rs-prizren--tr-bodrum");
    }

    @Test
    void indjijaAlSaltHasAnUnknownReason() {
        JsonNode tie = atlas.json("/api/v1/ties/jo-al-salt--rs-indjija");
        assertThat(tie.at("/reasons/0/category").asText()).isEqualTo("unknown");
        assertThat(ids(atlas.json("/api/v1/ties?reason=unknown&limit=500"))).contains("jo-al-salt--rs-indjija")
                .doesNotContain("no-narvik--rs-kikinda");
    }

    @Test
    void aTieFetchedFromEitherSideIsTheSameTie() {
        HttpResponse<String> one = atlas.get("/api/v1/ties/rs-kikinda--no-narvik");
        HttpResponse<String> other = atlas.get("/api/v1/ties/no-narvik--rs-kikinda");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).isEqualTo(other.body());
        assertThat(one.headers().firstValue("ETag")).isEqualTo(other.headers().firstValue("ETag"));
        assertThat(RunningAtlas.parse(one.body()).get("id").asText()).isEqualTo("no-narvik--rs-kikinda");

        String fromKikinda = atlas.json("/api/v1/cities/rs-kikinda").get("ties").findValuesAsText("id").get(0);
        List<String> fromNarvik = atlas.json("/api/v1/cities/no-narvik").get("ties").findValuesAsText("id");
        assertThat(fromNarvik).contains(fromKikinda);
    }

    @Test
    void conditionalGetAnswers304WhenNothingChanged() {
        HttpResponse<String> first = atlas.get("/api/v1/cities/rs-kikinda");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = atlas.get("/api/v1/cities/rs-kikinda", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> stale = atlas.get("/api/v1/cities/rs-kikinda", "If-None-Match", "\"stale\"");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body());
    }

    @Test
    void unknownIdsAre404Problems() {
        for (String path : List.of("/api/v1/cities/rs-atlantis", "/api/v1/ties/rs-nis--rs-atlantis",
                "/api/v1/ties/nonsense", "/api/v1/nothing-here")) {
            HttpResponse<String> response = atlas.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            JsonNode problem = RunningAtlas.parse(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("instance").asText()).isEqualTo(path);
            assertThat(problem.get("detail").asText()).isNotBlank();
        }
        assertThat(RunningAtlas.parse(atlas.get("/api/v1/cities/rs-atlantis").body()).get("detail").asText())
                .contains("rs-atlantis");
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        record Case(String query, String parameter, String detail) {
        }
        for (Case c : List.of(new Case("/api/v1/ties?kind=sisterhood", "kind", "twinning"),
                new Case("/api/v1/ties?from=abc", "from", "not a whole number"),
                new Case("/api/v1/ties?from=1990&to=1980", "to", "before"),
                new Case("/api/v1/ties?partnerCountry=Norway", "partnerCountry", "alpha-2"),
                new Case("/api/v1/ties?city=rs-atlantis", "city", "rs-atlantis"),
                new Case("/api/v1/cities?limit=0", "limit", "outside"),
                new Case("/api/v1/cities?admin=village", "admin", "grad"),
                new Case("/api/v1/cities?colour=red", "colour", "unknown parameter"),
                new Case("/api/v1/cities?q=" + "x".repeat(500), "q", "longer than"))) {
            HttpResponse<String> response = atlas.get(c.query());
            assertThat(response.statusCode()).as(c.query()).isEqualTo(400);
            JsonNode problem = RunningAtlas.parse(response.body());
            assertThat(problem.get("parameter").asText()).as(c.query()).isEqualTo(c.parameter());
            assertThat(problem.get("detail").asText()).as(c.query()).contains(c.parameter()).contains(c.detail());
        }
    }

    @Test
    void citiesArePagedAndFiltered() {
        Atlas snapshot = atlas.snapshot().atlas();
        JsonNode first = atlas.json("/api/v1/cities?limit=500");
        assertThat(first.get("total").asInt()).isEqualTo(snapshot.cities().size());
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < snapshot.cities().size(); offset += 500) {
            all.addAll(ids(atlas.json("/api/v1/cities?limit=500&offset=" + offset)));
        }
        assertThat(all).hasSize(snapshot.cities().size()).doesNotHaveDuplicates();

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < snapshot.cities().size(); offset += 5) {
            paged.addAll(ids(atlas.json("/api/v1/cities?limit=5&offset=" + offset)));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(ids(atlas.json("/api/v1/cities?offset=100000"))).isEmpty();

        JsonNode serbian = atlas.json("/api/v1/cities?country=rs&limit=500");
        assertThat(serbian.get("items").findValuesAsText("country")).isNotEmpty().containsOnly("RS");
        assertThat(serbian.get("total").asLong())
                .isEqualTo(snapshot.cities().values().stream().filter(c -> c.country().equals("RS")).count());
    }

    @Test
    void tiesAreFilteredByPartnerCountryYearKindAndStatus() {
        List<String> norwegian = ids(atlas.json("/api/v1/ties?country=RS&partnerCountry=NO&limit=500"));
        assertThat(norwegian).containsExactly("no-narvik--rs-kikinda");

        JsonNode fifties = atlas.json("/api/v1/ties?from=1950&to=1959&limit=500");
        assertThat(ids(fifties)).containsExactly("gb-coventry--rs-zemun");
        assertThat(fifties.get("items").findValuesAsText("established"))
                .allSatisfy(year -> assertThat(Integer.parseInt(year.substring(0, 4))).isBetween(1950, 1959));

        assertThat(ids(atlas.json("/api/v1/ties?kind=cooperation&limit=500")))
                .containsExactly("no-narvik--rs-kikinda", "rs-kikinda--rs-sabac");
        assertThat(ids(atlas.json("/api/v1/ties?city=rs-kikinda"))).containsExactlyElementsOf(
                atlas.snapshot().atlas().tiesOf("rs-kikinda").stream().map(Tie::id).toList());
        JsonNode unknownStatus = atlas.json("/api/v1/ties?status=unknown&limit=500");
        assertThat(unknownStatus.get("items").findValuesAsText("status")).containsOnly("unknown");
    }

    @Test
    void theQualityReportAndTheArticleAnswersAreServed() {
        JsonNode quality = atlas.json("/api/v1/quality");
        // the sample gazetteer has no place near Prizren, which GeoNames files under XK
        assertThat(quality.get("errors").findValuesAsText("subject")).containsExactly("rs-prizren");
        assertThat(quality.at("/counts/ties").asInt()).isPositive();
        assertThat(quality.get("disputedTies").toString()).contains("no-narvik--rs-kikinda");
        JsonNode answers = atlas.json("/api/v1/stats/answers");
        assertThat(answers.get("oldestTies").toString()).isEqualTo("[\"gb-coventry--rs-zemun\"]");
        assertThat(answers.get("serbianUnits").asInt()).isEqualTo(5);
        JsonNode partners = answers.get("partnerCountries");
        for (int i = 1; i < partners.size(); i++) {
            assertThat(partners.get(i).get("count").asLong()).isLessThanOrEqualTo(partners.get(i - 1).get("count").asLong());
        }
    }

    @Test
    void statsCountEveryTieOnce() {
        JsonNode stats = atlas.json("/api/v1/stats?country=RS");
        Atlas snapshot = atlas.snapshot().atlas();
        long serbianTies = snapshot.ties().values().stream().filter(t -> t.cityA().startsWith("rs-")
                || t.cityB().startsWith("rs-")).count();
        assertThat(stats.get("ties").asLong()).isEqualTo(serbianTies);
        for (String group : List.of("byPartnerCountry", "byDecade", "byKind", "byStatus")) {
            long sum = StreamSupport.stream(stats.get(group).spliterator(), false).mapToLong(JsonNode::asLong).sum();
            assertThat(sum).as(group).isEqualTo(serbianTies);
        }
        assertThat(stats.at("/byPartnerCountry/JP").asInt()).isEqualTo(2);
        assertThat(stats.at("/byDecade/1950s").asInt()).isEqualTo(1);
        assertThat(stats.at("/byDecade/unknown").asInt()).isEqualTo(1);
    }
}
