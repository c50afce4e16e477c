package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pobratim.TestData;
import org.pobratim.TestGazetteer;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;

/** The candidates of a name over the fixture atlas and the real GeoNames excerpt, scored as the policy says. */
class PlaceLookupTest {
    static PlaceLookup lookup;

    @BeforeAll
    static void build() {
        ChangeSet bundle = BundleLoader.load(TestData.fixture(), Atlas.empty());
        Atlas atlas = new Atlas(1, bundle.sources(), bundle.cities(), bundle.ties());
        lookup = new PlaceLookup(atlas, TestGazetteer.sample(), ResolutionPolicy.standard());
    }

    @Test
    void anAtlasCityAbsorbsItsOwnGazetteerPlaceAndScoresAboveGazetteerNamesakes() {
        // Kikinda is atlas city rs-kikinda (GeoNames 789518): found once, as the city, with its place's admin1
        assertThat(lookup.candidates(List.of("Kikinda")))
                .extracting(PlaceCandidate::id, PlaceCandidate::admin1, PlaceCandidate::score)
                .containsExactly(tuple("rs-kikinda", "VO", 1.1));
        // the Serbian, Turkish and Czech Bor are all gazetteer places
        assertThat(lookup.candidates(List.of("Bor")))
                .extracting(PlaceCandidate::id, PlaceCandidate::admin1, PlaceCandidate::score)
                .containsExactlyInAnyOrder(tuple("geonames:792456", "SE", 1.0), tuple("geonames:320871", "73", 1.0),
                        tuple("geonames:3079038", "87", 1.0));
    }

    @Test
    void aLaterVariantScoresLessThanTheNameAsWritten() {
        assertThat(lookup.candidates(List.of("Atlantis", "Kikinda")))
                .filteredOn(c -> c.id().equals("rs-kikinda")).singleElement()
                .extracting(PlaceCandidate::score).isEqualTo(0.8 * 1.1);
    }

    @Test
    void aMainNameWithASuffixIsAMainNameAndAnAlternateNameScoresLess() {
        // GeoNames' Sendai-shi is also named Sendai; the seat of the municipality is named Sendai
        assertThat(lookup.candidates(List.of("Sendai")))
                .extracting(PlaceCandidate::id, PlaceCandidate::matchedName, PlaceCandidate::score)
                .containsExactlyInAnyOrder(tuple("geonames:2111149", "Sendai", 1.0),
                        tuple("geonames:8555918", "Sendai", 1.0));
        assertThat(lookup.candidates(List.of("Koersk")))
                .extracting(PlaceCandidate::id, PlaceCandidate::matchedName, PlaceCandidate::score)
                .containsExactly(tuple("geonames:538560", "Koersk", 0.9));
    }

    @Test
    void theLargestPlaceOfANameIsLookedForInTheAllowedCountries() {
        assertThat(lookup.largestNamed("Bor", Set.of())).map(PlaceCandidate::id).contains("geonames:792456");
        assertThat(lookup.largestNamed("Bor", Set.of("TR", "CZ"))).map(PlaceCandidate::id).contains("geonames:320871");
        assertThat(lookup.largestNamed("Springfield", Set.of("US"))).map(PlaceCandidate::id)
                .contains("geonames:4409896");
        assertThat(lookup.largestNamed("Bor", Set.of("JP"))).isEmpty();
    }
}
