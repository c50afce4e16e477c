package org.pobratim.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pobratim.TestData;
import org.pobratim.TestGazetteer;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Population;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.ingest.BundleLoader;

/** Search over the fixture atlas and a real GeoNames excerpt (54 places of cities1000). */
class NameSearchTest {
    static Atlas atlas;
    static NameSearch search;

    @BeforeAll
    static void index() {
        ChangeSet bundle = BundleLoader.load(TestData.fixture(), Atlas.empty());
        atlas = new Atlas(1, bundle.sources(), bundle.cities(), bundle.ties());
        Gazetteer gazetteer = TestGazetteer.sample();
        search = new NameSearch(atlas, gazetteer);
    }

    private static SearchHit first(String query) {
        List<SearchHit> hits = search.search(query, 5, null);
        assertThat(hits).as(query).isNotEmpty();
        return hits.get(0);
    }

    @Test
    void everySpellingOfSabacFindsSabacFirst() {
        for (String q : List.of("Sabac", "sabac", "Šabac", "Шабац", "ŠABAC", "sab")) {
            assertThat(first(q).entry().id()).as(q).isEqualTo("rs-sabac");
        }
        assertThat(first("Шабац").matchedName()).isEqualTo("Шабац");
        assertThat(first("Шабац").match()).isEqualTo("exact");
        assertThat(first("Sabac").matchedName()).isEqualTo("Šabac");
        assertThat(first("sab").match()).isEqualTo("prefix");
    }

    @Test
    void diacriticFreeAndCyrillicAndEnglishNamesFindTheCity() {
        assertThat(first("Indjija").entry().id()).isEqualTo("rs-indjija");
        assertThat(first("Инђија").entry().id()).isEqualTo("rs-indjija");
        // gazetteer places answer to every spelling GeoNames has, and to Cyrillic typed for a Latin one
        for (String q : List.of("Nis", "Ниш", "Nish", "nis")) {
            assertThat(first(q).entry().id()).as(q).isEqualTo("geonames:787657");
        }
        for (String q : List.of("Beograd", "Београд", "Belgrade")) {
            assertThat(first(q).entry().id()).as(q).isEqualTo("geonames:792680");
        }
        assertThat(first("Hilerod").entry().id()).isEqualTo("geonames:2620320");
        assertThat(first("Hillerod").match()).isEqualTo("exact");
        assertThat(first("Hilerod").match()).isEqualTo("fuzzy");
    }

    @Test
    void anAtlasCityAnswersToTheNamesOfItsGazetteerPlaceToo() {
        // the fixture names Kikinda in three spellings; GeoNames adds others for place 789518
        List<String> kikindaNames = TestGazetteer.sample().place(789518).orElseThrow().allNames();
        String geonamesOnly = kikindaNames.stream().filter(n -> !List.of("Kikinda", "Кикинда", "Nagykikinda")
                .contains(n)).findFirst().orElseThrow();
        assertThat(first(geonamesOnly).entry().id()).as(geonamesOnly).isEqualTo("rs-kikinda");
    }

    @Test
    void typosAreForgivenInGazetteerNamesToo() {
        SearchHit kragujevac = first("Kragujevc");
        assertThat(kragujevac.entry().name()).isEqualTo("Kragujevac");
        assertThat(kragujevac.match()).isEqualTo("fuzzy");
    }

    @Test
    void anAtlasCityIsShownOnceNotAlsoAsItsGazetteerPlace() {
        List<SearchHit> hits = search.search("Kikinda", 10, null);
        assertThat(hits).extracting(h -> h.entry().name()).containsOnlyOnce("Kikinda");
        assertThat(hits.get(0).entry().kind()).isEqualTo(SearchEntry.Kind.CITY);
    }

    @Test
    void rankingPrefersTiesThenPopulationAmongEqualMatches() {
        List<SearchHit> bors = search.search("Bor", 5, null);
        assertThat(bors).extracting(h -> h.entry().country()).startsWith("RS", "TR", "CZ");
        // a small Springfield with a tie comes before the big ones without
        City small = new City("us-springfield-small", java.util.Map.of("en", "Springfield"), List.of(), "US",
                new Coordinates(40, -90), new Population(1200, null, null), null, null, null, List.of());
        City kikinda = atlas.cities().get("rs-kikinda");
        Atlas withTie = new Atlas(2, atlas.sources().values(), List.of(small, kikinda), List.of(new Tie(small.id(),
                kikinda.id(), List.of(new Agreement(AgreementKind.FRIENDSHIP, PartialDate.UNKNOWN, null,
                List.of("fixture-list"))), null, null, null, null)));
        List<SearchHit> ranked = search.withAtlas(withTie).search("Springfield", 5, "US");
        assertThat(ranked.get(0).entry().id()).isEqualTo("us-springfield-small");
        assertThat(ranked.get(1).entry().population()).isEqualTo(159498);
        List<SearchHit> springfields = search.search("Springfield", 20, null);
        assertThat(springfields).extracting(h -> h.entry().population())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aCountryFilterKeepsOnlyThatCountry() {
        assertThat(search.search("Bor", 5, "TR")).extracting(h -> h.entry().country()).containsOnly("TR");
        assertThat(search.search("Saint-Denis", 5, "RE")).singleElement()
                .satisfies(h -> assertThat(h.entry().id()).isEqualTo("geonames:935264"));
    }

    @Test
    void punctuationOnlyAndOverlongQueriesAreRejectedNotCrashed() {
        assertThatThrownBy(() -> search.search("?!.,", 5, null)).isInstanceOf(NameSearch.BadQuery.class)
                .hasMessageContaining("no letters");
        assertThatThrownBy(() -> search.search("x".repeat(10_000), 5, null)).isInstanceOf(NameSearch.BadQuery.class);
        assertThat(search.search("zzqqxxyy", 5, null)).isEmpty();
    }

    @Test
    void editDistanceCountsEdits() {
        assertThat(MatchExplainer.editDistance("kragujevac", "kragujevc")).isEqualTo(1);
        assertThat(MatchExplainer.editDistance("hillerod", "hilerod")).isEqualTo(1);
        assertThat(MatchExplainer.editDistance("", "abc")).isEqualTo(3);
    }
}
