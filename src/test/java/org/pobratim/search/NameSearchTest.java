package org.pobratim.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pobratim.TestData;
import org.pobratim.TestGazetteer;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.ingest.BundleLoader;

/** Search over the bundled atlas and a real GeoNames excerpt. */
class NameSearchTest {
    static Atlas atlas;
    static NameSearch search;

    @BeforeAll
    static void index() {
        ChangeSet bundle = BundleLoader.load(TestData.bundledData(), Atlas.empty());
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
        for (String q : List.of("Nis", "Ниш", "Nish", "nis")) {
            assertThat(first(q).entry().id()).as(q).isEqualTo("rs-nis");
        }
        for (String q : List.of("Beograd", "Београд", "Belgrade")) {
            assertThat(first(q).entry().id()).as(q).isEqualTo("rs-beograd");
        }
        assertThat(first("Hilerod").entry().id()).isEqualTo("dk-hillerod");
        assertThat(first("Hilerod").match()).isEqualTo("fuzzy");
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
        assertThat(bors.get(0).entry().id()).isEqualTo("rs-bor");
        assertThat(bors).extracting(h -> h.entry().country()).startsWith("RS", "TR", "CZ");
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
