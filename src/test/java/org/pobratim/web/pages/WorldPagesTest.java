package org.pobratim.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.ImportFinding;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.SerbianAdmin;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.web.RunningAtlas;

/**
 * What a world import adds, as pages and API answers show it: a tie known only from a list, a settlement whose unit
 * shows its ties, a list that disagrees with a curated tie, and the names that need placing.
 */
class WorldPagesTest {
    private static final String LIST = "example-twin-list";

    @TempDir
    static Path dir;
    static RunningAtlas atlas;

    @BeforeAll
    static void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), false);
        Source list = new Source(LIST, "https://example.org/wiki/Twin_towns", "Example list of twin towns",
                "Example Wiki", PartialDate.UNKNOWN, LocalDate.of(2026, 1, 1), "en", SourceTier.LISTING);
        City settlement = new City("rs-bajmok", Map.of("en", "Bajmok", "sr-Latn", "Bajmok", "sr-Cyrl", "Бајмок"),
                List.of(), "RS", new Coordinates(45.967, 19.421), null, null, null,
                new SerbianAdmin(AdminType.SETTLEMENT, null, "rs-kikinda"), List.of(LIST));
        Tie listed = new Tie("rs-bajmok", "jp-fujimi", List.of(), null, null, null, null,
                List.of(new Listing(LIST, "Bajmok (Kikinda), Serbia – Fujimi, Japan", null, null, null)));
        Tie curated = atlas.snapshot().atlas().tie("no-narvik--rs-kikinda").orElseThrow();
        Tie disputed = new Tie(curated.cityA(), curated.cityB(), curated.agreements(), curated.status(),
                curated.reasons(), curated.activity(), curated.conflicts(),
                List.of(new Listing(LIST, "Kikinda, Serbia – Narvik, Norway", PartialDate.parse("1975"), null, null)));
        atlas.app.atlas().applyImport(new ChangeSet(List.of(list), List.of(settlement), List.of(listed, disputed)),
                List.of(LIST), List.of(new ImportFinding(LIST, ImportFinding.Kind.UNPLACED, "pairs.csv", 7,
                        "Atlantis <b>Nova</b>", "Oceania", "no place of that name", List.of("geonames:1 Atlantida"))),
                "test");
    }

    @AfterAll
    static void stop() {
        atlas.close();
    }

    private static String page(String path) {
        HttpResponse<String> response = atlas.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aTieKnownOnlyFromAListSaysSoAndNamesTheList() {
        String tie = page("/en/tie/jp-fujimi--rs-bajmok");
        assertThat(tie).contains("listed by Example Wiki; no primary source yet")
                .contains("Lists that name this tie").contains("Bajmok (Kikinda), Serbia – Fujimi, Japan")
                .doesNotContain("id=\"agreements-h\"");
        JsonNode api = atlas.json("/api/v1/ties/jp-fujimi--rs-bajmok");
        assertThat(api.get("tier").asText()).isEqualTo("listing");
        assertThat(api.has("kind")).isFalse();
        assertThat(api.get("listings").get(0).get("source").asText()).isEqualTo(LIST);
        assertThat(api.get("sources").get(0).get("tier").asText()).isEqualTo("listing");
    }

    @Test
    void aCuratedTieKeepsItsFactsAndShowsWhereTheListDisagrees() {
        JsonNode api = atlas.json("/api/v1/ties/no-narvik--rs-kikinda");
        assertThat(api.get("tier").asText()).isNotEqualTo("listing");
        assertThat(api.get("established").asText()).isNotEqualTo("1975");
        assertThat(api.get("conflicts").findValuesAsText("claim")).anyMatch(c -> c.contains("1975"));
        assertThat(page("/en/tie/no-narvik--rs-kikinda")).contains("Listed as begun in 1975");
    }

    @Test
    void aUnitShowsItsSettlementsTiesAndASettlementItsUnit() {
        String unit = page("/en/city/rs-kikinda");
        assertThat(unit).contains("Settlements and their ties").contains("href=\"/en/city/rs-bajmok\"")
                .contains("href=\"/en/city/jp-fujimi\"");
        assertThat(page("/sr-Cyrl/city/rs-bajmok")).contains("Део јединице").contains("href=\"/sr-Cyrl/city/rs-kikinda\"");
        JsonNode api = atlas.json("/api/v1/cities/rs-kikinda");
        assertThat(api.get("settlements").get(0).get("city").get("id").asText()).isEqualTo("rs-bajmok");
        assertThat(api.get("settlements").get(0).get("ties").get(0).get("tier").asText()).isEqualTo("listing");
    }

    @Test
    void theTiesFilterByTier() {
        JsonNode listed = atlas.json("/api/v1/ties?tier=listing");
        assertThat(listed.get("items").findValuesAsText("id")).contains("jp-fujimi--rs-bajmok")
                .doesNotContain("no-narvik--rs-kikinda");
        assertThat(atlas.get("/api/v1/ties?tier=rumour").statusCode()).isEqualTo(400);
    }

    @Test
    void theNamesThatNeedPlacingAreListedEscapedWithTheirCandidates() {
        JsonNode api = atlas.json("/api/v1/world/unplaced?q=atlantis");
        assertThat(api.get("total").asInt()).isEqualTo(1);
        assertThat(api.get("items").get(0).get("candidates").get(0).asText()).isEqualTo("geonames:1 Atlantida");
        assertThat(atlas.json("/api/v1/world/unplaced?q=nowhere").get("total").asInt()).isZero();
        String html = page("/en/unplaced");
        assertThat(html).contains("Atlantis &lt;b&gt;Nova&lt;/b&gt;").doesNotContain("<b>Nova</b>")
                .contains("no place of that name").contains("Example list of twin towns, 7");
        assertThat(atlas.get("/en/unplaced?page=0").statusCode()).isEqualTo(400);
        assertThat(atlas.get("/en/unplaced?page=x").body()).contains("page");
    }
}
