package org.pobratim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Nationality;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Tie;
import org.pobratim.explain.ExplainReport;
import org.pobratim.explain.Explanation;
import org.pobratim.explain.Explanations;
import org.pobratim.explain.Feature;
import org.pobratim.explain.FeatureName;
import org.pobratim.explain.Liveness;
import org.pobratim.ingest.BundleLoader;
import org.pobratim.ingest.CountryBorders;

/**
 * The explanation engine on the bundled data (a data test: a data commit may move these, a code commit may not):
 * the article's inexplicable ties rank among the least explained tenth of Serbian ties, its stories among the best
 * explained tenth, and a tie of a Hungarian-majority municipality with a Hungarian town is explained by the kin
 * community even where no source gives a reason.
 */
class ExplanationDataTest {
    private static final int REFERENCE_YEAR = 2026;
    static Atlas atlas;
    static Explanations explanations;
    static List<Explanations.Ranked> inexplicable;
    static List<Explanations.Ranked> explained;

    @BeforeAll
    static void load() {
        ChangeSet bundle = BundleLoader.load(TestData.bundledData(), Atlas.empty());
        atlas = new Atlas(1, bundle.sources(), bundle.cities(), bundle.ties());
        explanations = new Explanations(atlas, CountryBorders.bundled(), REFERENCE_YEAR);
        inexplicable = explanations.ranking(Explanations.Order.INEXPLICABLE, Serbia.CODE, Integer.MAX_VALUE);
        explained = explanations.ranking(Explanations.Order.EXPLAINED, Serbia.CODE, Integer.MAX_VALUE);
    }

    private static int tenth() {
        return (int) Math.ceil(inexplicable.size() / 10.0);
    }

    private static int rank(List<Explanations.Ranked> ranking, String tieId) {
        return ranking.stream().filter(r -> r.tie().id().equals(tieId)).findFirst()
                .orElseThrow(() -> new AssertionError("no tie " + tieId)).rank();
    }

    @Test
    void theArticlesInexplicableTiesAreInTheLeastExplainedTenth() {
        for (String id : List.of("jo-al-salt--rs-indjija", "jp-fujimi--rs-sabac")) {
            assertThat(rank(inexplicable, id)).as(id + " of " + inexplicable.size()).isLessThanOrEqualTo(tenth());
        }
    }

    @Test
    void theArticlesStoriesAreInTheBestExplainedTenth() {
        for (String id : List.of("gb-coventry--rs-beograd", "rs-nis--ru-kursk", "no-narvik--rs-kikinda",
                "fr-le-creusot--rs-bor")) {
            assertThat(rank(explained, id)).as(id + " of " + explained.size() + ": "
                    + explanations.of(atlas.tie(id).orElseThrow())).isLessThanOrEqualTo(tenth());
        }
    }

    @Test
    void aHungarianMajorityMunicipalitysTieWithAHungarianTownIsExplainedByTheKinCommunity() {
        List<Tie> kinTies = atlas.ties().values().stream()
                .filter(t -> t.reasonCategories().equals(java.util.Set.of(ReasonCategory.UNKNOWN)))
                .filter(t -> hungarianMajorityUnit(t) && partnerIn(t, "HU"))
                .sorted(Comparator.comparing(Tie::id)).toList();
        assertThat(kinTies).as("ties of Kanjiža, Senta, Ada… with Hungarian towns, no reason given").isNotEmpty();
        for (Tie tie : kinTies) {
            Explanation e = explanations.of(tie);
            Feature strongest = e.features().stream().max(Comparator.comparingInt(Feature::contribution))
                    .orElseThrow();
            assertThat(e.basis()).as(tie.id() + ": " + e).isEqualTo(Explanation.Basis.COMPUTED);
            assertThat(strongest.name()).as(tie.id()).isEqualTo(FeatureName.KIN_COMMUNITY);
        }
    }

    @Test
    void theDataQualityAnswerToOnlyFormallyComesWithItsFiguresAndCaveat() {
        ExplainReport report = explanations.report(Serbia.CODE);
        assertThat(report.ties()).isEqualTo(atlas.findTies(org.pobratim.atlas.TieQuery.ofCountry(Serbia.CODE), 0,
                Integer.MAX_VALUE).total());
        assertThat(report.liveness().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(report.ties());
        assertThat(report.count(Liveness.ENDED)).as("Köniz–Prijepolje ended in 2016, as Köniz says")
                .isGreaterThanOrEqualTo(1);
        assertThat(explanations.liveness(atlas.tie("ch-koniz--rs-prijepolje").orElseThrow()).state())
                .isEqualTo(Liveness.ENDED);
        assertThat(report.onlyFormallyAnswer()).contains("no recorded activity is not proof of none");
    }

    @Test
    void everyCensusBelongsToASerbianUnitAndKosovosSayWhatTheyAre() {
        List<City> withCensus = atlas.cities().values().stream().filter(c -> c.census() != null).toList();
        assertThat(withCensus).isNotEmpty().allSatisfy(c -> assertThat(Serbia.isUnit(c)).as(c.id()).isTrue());
        assertThat(withCensus.stream().filter(Serbia::inKosovo))
                .allSatisfy(c -> assertThat(c.census().note()).as(c.id()).contains("Kosovo"));
        assertThat(withCensus.stream().filter(c -> !Serbia.inKosovo(c)))
                .allSatisfy(c -> assertThat(c.census().year()).as(c.id()).isEqualTo(2022));
    }

    private static boolean hungarianMajorityUnit(Tie tie) {
        return List.of(tie.cityA(), tie.cityB()).stream().map(atlas.cities()::get)
                .anyMatch(c -> c.census() != null && c.census().share(Nationality.HUNGARIANS).orElse(0) > 0.5);
    }

    private static boolean partnerIn(Tie tie, String country) {
        return List.of(tie.cityA(), tie.cityB()).stream().map(atlas.cities()::get)
                .anyMatch(c -> c.country().equals(country));
    }
}
