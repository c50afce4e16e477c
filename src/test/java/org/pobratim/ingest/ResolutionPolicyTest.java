package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pobratim.atlas.Coordinates;

/**
 * Each weight of entity resolution, on candidates built by hand: every figure asserted here is one a change of a
 * weight or a step would change.
 */
class ResolutionPolicyTest {
    private static final Offset<Double> EXACT = within(1e-9);
    private static final double KM_PER_DEGREE = 6371.0088 * Math.PI / 180;
    private static final Coordinates HERE = new Coordinates(45, 20);
    private final ResolutionPolicy policy = ResolutionPolicy.standard();

    /** A point this many kilometres north of {@link #HERE}. */
    private static Coordinates north(double km) {
        return new Coordinates(45 + km / KM_PER_DEGREE, 20);
    }

    private static PlaceCandidate place(String id, String matchedName, long population, String featureCode,
                                        double score, Coordinates location) {
        return new PlaceCandidate(id, matchedName, matchedName, "XX", null, location, population, featureCode, score);
    }

    private static PlaceCandidate town(String id, long population, double score, Coordinates location) {
        return place(id, "Springfield", population, "PPL", score, location);
    }

    @Test
    void theNameAsWrittenAndAtlasCitiesScoreAboveVariantsAndAlternateNames() {
        assertThat(policy.variantWeight(0)).isEqualTo(1.0);
        assertThat(policy.variantWeight(1)).isEqualTo(0.8);
        assertThat(policy.variantWeight(4)).isEqualTo(0.8);
        assertThat(policy.atlasCityScore(0)).isCloseTo(1.1, EXACT);
        assertThat(policy.atlasCityScore(1)).isCloseTo(0.88, EXACT);
        assertThat(policy.placeScore(0, true)).isCloseTo(1.0, EXACT);
        assertThat(policy.placeScore(0, false)).isCloseTo(0.9, EXACT);
        assertThat(policy.placeScore(1, true)).isCloseTo(0.8, EXACT);
        assertThat(policy.placeScore(1, false)).isCloseTo(0.72, EXACT);
    }

    @Test
    void aNamesakeWithin40KmOfTheAnchorCountsDoubleAndOneFartherAwayLess() {
        assertThat(HERE.distanceKm(north(39))).isCloseTo(39, within(1e-6));
        PlaceCandidate near = town("near", 1000, 1.0, north(39));
        PlaceCandidate far = town("far", 1000, 1.0, north(41));
        assertThat(policy.isNear(near, HERE)).isTrue();
        assertThat(policy.isNear(far, HERE)).isFalse();
        assertThat(policy.rescored(near, HERE).score()).isCloseTo(2.0, EXACT);
        assertThat(policy.rescored(far, HERE).score()).isCloseTo(0.6, EXACT);
        assertThat(policy.rescored(far, null).score()).isCloseTo(1.0, EXACT);
        assertThat(policy.rescored(place("alt", "Alt", 1000, "PPL", 0.9, north(10)), HERE).score())
                .isCloseTo(1.8, EXACT);
    }

    @Test
    void aSmallNamesakeNearTheAnchorOutranksABigOneFarFromIt() {
        PlaceCandidate small = policy.rescored(town("small", 5_000, 1.0, north(20)), HERE);
        PlaceCandidate big = policy.rescored(town("big", 1_000_000, 1.0, north(300)), HERE);
        assertThat(Stream.of(big, small).sorted(policy.bestFirst()).map(PlaceCandidate::id))
                .containsExactly("small", "big");
        assertThat(policy.rank(small)).isCloseTo(2.0 * (1 + 0.1 * Math.log10(5_001)), EXACT);
        assertThat(policy.rank(big)).isCloseTo(0.6 * (1 + 0.1 * Math.log10(1_000_001)), EXACT);
    }

    @Test
    void nationalAndFirstLevelCapitalsGetANudgeOtherPlacesDoNot() {
        assertThat(policy.rescored(place("a", "A", 1000, "PPLA", 1.0, HERE), null).score()).isCloseTo(1.05, EXACT);
        assertThat(policy.rescored(place("c", "C", 1000, "PPLC", 1.0, HERE), null).score()).isCloseTo(1.05, EXACT);
        assertThat(policy.rescored(place("h", "H", 1000, "PPLCH", 1.0, HERE), null).score()).isCloseTo(1.05, EXACT);
        assertThat(policy.rescored(place("a2", "A2", 1000, "PPLA2", 1.0, HERE), null).score()).isCloseTo(1.0, EXACT);
        assertThat(policy.rescored(place("city", "City", 1000, "atlas", 1.1, HERE), null).score())
                .isCloseTo(1.1, EXACT);
        // with an anchor nearby: both weights
        assertThat(policy.rescored(place("a", "A", 1000, "PPLA", 1.0, north(5)), HERE).score()).isCloseTo(2.1, EXACT);
    }

    @Test
    void eachTenfoldOfPopulationAddsATenthOfTheScore() {
        assertThat(policy.rank(town("nobody", 0, 1.0, HERE))).isCloseTo(1.0, EXACT);
        assertThat(policy.rank(town("thousand", 999, 1.0, HERE))).isCloseTo(1.3, EXACT);
        assertThat(policy.rank(town("hundred", 99, 0.9, HERE))).isCloseTo(1.08, EXACT);
    }

    @Test
    void anAlternateNameOutranksAMainNameOfATownOf10000OnlyFromAbout360000People() {
        PlaceCandidate main = town("main", 10_000, 1.0, HERE);
        for (long people : List.of(100_000L, 350_000L)) {
            PlaceCandidate alternate = town("alternate", people, 0.9, north(500));
            assertThat(Stream.of(alternate, main).sorted(policy.bestFirst()).findFirst().orElseThrow().id())
                    .as("%d people", people).isEqualTo("main");
        }
        PlaceCandidate bigger = town("alternate", 370_000, 0.9, north(500));
        assertThat(Stream.of(main, bigger).sorted(policy.bestFirst()).findFirst().orElseThrow().id())
                .isEqualTo("alternate");
    }

    @Test
    void aLoneMatchIsAsCertainAsItsNameMatchedAtMostCertain() {
        PlaceCandidate main = town("main", 1000, 1.0, HERE);
        PlaceCandidate alternate = town("alternate", 1000, 0.9, HERE);
        PlaceCandidate city = place("city", "City", 1000, "atlas", 1.1, HERE);
        assertThat(policy.confidence(main, List.of(main), false)).isCloseTo(1.0, EXACT);
        assertThat(policy.confidence(alternate, List.of(alternate), false)).isCloseTo(0.9, EXACT);
        assertThat(policy.confidence(city, List.of(city), false)).isCloseTo(1.0, EXACT);
    }

    @ParameterizedTest(name = "{0} people against a rival of 1000: {1}")
    @CsvSource({"10000, 0.95", "9999, 0.8", "4000, 0.8", "3999, 0.62", "3000, 0.62", "2000, 0.62", "1999, 0.4",
            "1000, 0.4", "10, 0.4"})
    void theBestStandsOutByHowManyTimesBiggerItIsThanItsBiggestRival(long people, double expected) {
        PlaceCandidate best = town("best", people, 1.0, HERE);
        PlaceCandidate rival = town("rival", 1000, 1.0, north(500));
        PlaceCandidate smaller = town("smaller", 10, 1.0, north(800));
        assertThat(policy.confidence(best, List.of(best, rival, smaller), false)).isCloseTo(expected, EXACT);
    }

    @Test
    void aRivalOfUnknownPopulationCountsAsOnePerson() {
        PlaceCandidate best = town("best", 10, 1.0, HERE);
        PlaceCandidate rival = town("rival", 0, 1.0, north(500));
        assertThat(policy.confidence(best, List.of(best, rival), false)).isCloseTo(0.95, EXACT);
    }

    @Test
    void onlyNamesakesThatMatchedAtLeast85PercentAsWellAreRivals() {
        PlaceCandidate best = town("best", 1000, 1.0, HERE);
        for (double score : List.of(0.9, 0.85)) {
            PlaceCandidate rival = town("rival", 1000, score, north(500));
            assertThat(policy.confidence(best, List.of(best, rival), false)).as("score %s", score)
                    .isCloseTo(0.4, EXACT);
        }
        for (double score : List.of(0.84, 0.8)) {
            PlaceCandidate other = town("other", 1000, score, north(500));
            assertThat(policy.confidence(best, List.of(best, other), false)).as("score %s", score)
                    .isCloseTo(1.0, EXACT);
        }
        // an atlas city is rivalled by a gazetteer place matched by its main name, not by one matched by an alternate
        PlaceCandidate city = place("city", "Springfield", 1000, "atlas", 1.1, HERE);
        assertThat(policy.confidence(city, List.of(city, town("main", 1000, 1.0, north(500))), false))
                .isCloseTo(0.4, EXACT);
        assertThat(policy.confidence(city, List.of(city, town("alternate", 1000, 0.9, north(500))), false))
                .isCloseTo(1.0, EXACT);
    }

    @Test
    void anUnknownCountryTakesAFifthOffTheConfidence() {
        PlaceCandidate best = town("best", 3000, 1.0, HERE);
        PlaceCandidate rival = town("rival", 1000, 1.0, north(500));
        assertThat(policy.confidence(best, List.of(best), true)).isCloseTo(0.8, EXACT);
        assertThat(policy.confidence(best, List.of(best, rival), true)).isCloseTo(0.496, EXACT);
        assertThat(policy.confidence(best, List.of(best, rival), false)).isCloseTo(0.62, EXACT);
    }

    @Test
    void anUnplacedQualifierLeavesSeventyPercentOfTheConfidence() {
        assertThat(policy.withUnplacedQualifier(1.0)).isCloseTo(0.7, EXACT);
        assertThat(policy.withUnplacedQualifier(0.9)).isCloseTo(0.63, EXACT);
        assertThat(policy.withUnplacedQualifier(0.8)).isCloseTo(0.56, EXACT);
    }

    @Test
    void aPlaceFoundByANearSpellingIsAtMost65PercentCertainHoweverItsNameMatched() {
        for (double score : List.of(0.72, 0.9, 1.0, 1.1)) {
            PlaceCandidate alone = town("alone", 1000, score, HERE);
            assertThat(policy.nearSpellingConfidence(alone, List.of(alone))).as("score %s", score)
                    .isCloseTo(0.65, EXACT);
        }
        PlaceCandidate best = town("best", 10_000, 1.0, HERE);
        PlaceCandidate rival = town("rival", 1000, 1.0, north(500));
        assertThat(policy.nearSpellingConfidence(best, List.of(best, rival))).isCloseTo(0.6175, EXACT);
    }

    @Test
    void namesakesWithin10KmAreOnePlaceListedTwice() {
        PlaceCandidate best = town("best", 1000, 1.0, HERE);
        PlaceCandidate twin = town("twin", 1000, 1.0, north(9));
        PlaceCandidate neighbour = town("neighbour", 1000, 1.0, north(11));
        assertThat(policy.samePlace(best, twin)).isTrue();
        assertThat(policy.samePlace(best, neighbour)).isFalse();
        assertThat(policy.confidence(best, List.of(best, twin), false)).isCloseTo(1.0, EXACT);
        assertThat(policy.confidence(best, List.of(best, neighbour), false)).isCloseTo(0.4, EXACT);
    }

    @Test
    void partsOfAMergedNameWithin30KmCorroborateEachOther() {
        PlaceCandidate fishguard = place("fishguard", "Fishguard", 3228, "PPL", 0.8, HERE);
        PlaceCandidate goodwick = place("goodwick", "Goodwick", 3228, "PPL", 0.8, north(29));
        PlaceCandidate farther = place("farther", "Goodwick", 3228, "PPL", 0.8, north(31));
        PlaceCandidate namesake = place("namesake", "FISHGUARD", 3228, "PPL", 0.8, north(20));
        assertThat(policy.samePlace(fishguard, goodwick)).isTrue();
        assertThat(policy.samePlace(fishguard, farther)).isFalse();
        assertThat(policy.samePlace(fishguard, namesake)).as("the same name is a namesake, not a part").isFalse();
        assertThat(policy.confidence(fishguard, List.of(fishguard, goodwick), false)).isCloseTo(0.8, EXACT);
        assertThat(policy.confidence(fishguard, List.of(fishguard, farther), false)).isCloseTo(0.32, EXACT);
    }

    @Test
    void aNameIsResolvedFromConfidence06() {
        assertThat(EntityResolver.THRESHOLD).isEqualTo(0.6);
        assertThat(policy.threshold()).isEqualTo(0.6);
        assertThat(policy.accepts(0.6)).isTrue();
        assertThat(policy.accepts(0.5999)).isFalse();
        assertThat(new ResolutionPolicy(0.7).accepts(0.65)).isFalse();
    }
}
