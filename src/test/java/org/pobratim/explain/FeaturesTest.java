package org.pobratim.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pobratim.explain.Fixtures.LIST;
import static org.pobratim.explain.Fixtures.NEWS;
import static org.pobratim.explain.Fixtures.NEWS2;
import static org.pobratim.explain.Fixtures.PRIMARY;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Census;
import org.pobratim.atlas.City;
import org.pobratim.atlas.LocalizedText;
import org.pobratim.atlas.Nationality;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.Trait;

/** Each feature of an explanation on a small made-up atlas, its value and its points. */
class FeaturesTest {
    private static final LocalizedText STORY = new LocalizedText("why", "zašto");
    private static final Census KANJIZA_LIKE = new Census(2022, 20000L,
            Map.of(Nationality.HUNGARIANS, 16000L, Nationality.SERBS, 3000L), Map.of(), List.of(NEWS.id()));

    @Test
    void theDistanceIsTheGreatCircleAndItsPercentileAmongTheNetworksTies() {
        City home = Fixtures.serbian("a", "A", 45, 20, "Severnobanatski", null);
        City near = Fixtures.city("HU", "near", "Near", 46, 20);      // ~111 km
        City mid = Fixtures.city("HU", "mid", "Mid", 47, 20);         // ~222 km
        City far = Fixtures.city("JP", "far", "Far", 35.8, 139.5);
        Atlas atlas = Fixtures.atlas(List.of(home, near, mid, far), List.of(Fixtures.tie(home, near, "2000"),
                Fixtures.tie(home, mid, "2000"), Fixtures.tie(home, far, "2000")));
        Explainer explainer = new Explainer(atlas, Borders.NONE);

        Feature nearest = feature(explainer, atlas, "hu-near--rs-a", FeatureName.DISTANCE).orElseThrow();
        assertThat(nearest.value()).isEqualTo(111L);
        assertThat(nearest.contribution()).as("nothing is shorter: full points, scaled by 0.6")
                .isEqualTo((int) Math.round(ExplainPolicy.DISTANCE * ExplainPolicy.COMPUTED_SHARE));
        assertThat(explainer.percentile(200)).isEqualTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(feature(explainer, atlas, "jp-far--rs-a", FeatureName.DISTANCE).orElseThrow().contribution())
                .as("two of three ties are shorter").isEqualTo(Math.round(ExplainPolicy.DISTANCE / 3.0 * 0.6));
    }

    @Test
    void sizesWithinTwiceEachOtherEarnTheSimilarSizePoints() {
        City a = Fixtures.withPopulation(Fixtures.city("RS", "a", "A", 45, 20), 10000);
        City b = Fixtures.withPopulation(Fixtures.city("HU", "b", "B", 46, 20), 19000);
        City c = Fixtures.withPopulation(Fixtures.city("HU", "c", "C", 46, 21), 50000);
        assertThat(Features.populationRatio(a, b).orElseThrow().value()).isEqualTo(1.9);
        assertThat(Features.populationRatio(a, b).orElseThrow().contribution()).isEqualTo(ExplainPolicy.SIMILAR_SIZE);
        assertThat(Features.populationRatio(a, c).orElseThrow().value()).isEqualTo(5.0);
        assertThat(Features.populationRatio(a, c).orElseThrow().contribution()).isZero();
        assertThat(Features.populationRatio(a, Fixtures.city("HU", "d", "D", 46, 22))).isEmpty();
    }

    @Test
    void geographySaysSameCountryOrNeighboursAndFormerYugoslavia() {
        Borders borders = Borders.of(List.of(new String[] {"RS", "HR"}, new String[] {"HU", "RS"}));
        assertThat(names(Features.geography("RS", "RS", borders))).containsExactly(FeatureName.SAME_COUNTRY);
        assertThat(names(Features.geography("RS", "HR", borders)))
                .containsExactly(FeatureName.NEIGHBOURING_COUNTRIES, FeatureName.FORMER_YUGOSLAVIA);
        assertThat(names(Features.geography("RS", "HU", borders))).containsExactly(FeatureName.NEIGHBOURING_COUNTRIES);
        assertThat(names(Features.geography("RS", "SI", borders))).containsExactly(FeatureName.FORMER_YUGOSLAVIA);
        assertThat(Features.geography("RS", "JP", borders)).isEmpty();
    }

    @Test
    void theKinCommunityIsTheShareOfThePartnerCountrysNationInTheSerbianUnit() {
        City unit = Fixtures.serbian("k", "K", 46, 20, "Severnobanatski", KANJIZA_LIKE);
        Feature kin = Features.kin(unit, "HU").orElseThrow();
        assertThat(kin.value()).isEqualTo(80.0);
        assertThat(kin.contribution()).as("80 % is past the full share").isEqualTo(ExplainPolicy.KIN);
        assertThat(kin.sources()).containsExactly(NEWS.id());
        assertThat(Features.kin(unit, "SK")).as("no Slovaks listed: unknown, not zero").isEmpty();
        assertThat(Features.kin(unit, "RS")).as("Serbs have no kin state abroad").isEmpty();
        Census tenth = new Census(2022, 1000L, Map.of(Nationality.SLOVAKS, 100L, Nationality.CROATS, 5L), Map.of(),
                List.of(NEWS.id()));
        City mixed = Fixtures.serbian("m", "M", 45, 20, "Južnobački", tenth);
        assertThat(Features.kin(mixed, "SK").orElseThrow().contribution())
                .isEqualTo((int) Math.round(ExplainPolicy.KIN * 0.1 / ExplainPolicy.KIN_FULL_SHARE));
        assertThat(Features.kin(mixed, "HR").orElseThrow().contribution()).as("0.5 % is below the minimum").isZero();
        assertThat(Features.kin(Fixtures.serbian("n", "N", 45, 20, "X", null), "HU")).isEmpty();
        Census percentOnly = new Census(2011, null, Map.of(), Map.of(Nationality.ALBANIANS, 90.0), List.of(LIST.id()));
        assertThat(Features.kin(Fixtures.serbian("p", "P", 42, 21, "X", percentOnly), "AL").orElseThrow().value())
                .isEqualTo(90.0);
    }

    @Test
    void aSharedNameIsADistinctiveWordInCommonNotACommonOne() {
        City palanka = Fixtures.city("RS", "backa-palanka", "Bačka Palanka", 45, 19);
        City other = Fixtures.city("BA", "palanka", "Palanka", 44, 18);
        City novi = Fixtures.city("BA", "novi-grad", "Novi Grad", 45, 16);
        City noviSad = Fixtures.city("RS", "novi-sad", "Novi Sad", 45, 19.8);
        assertThat(Features.sharedName(palanka, other).orElseThrow().value()).isEqualTo("palanka");
        assertThat(Features.sharedName(noviSad, novi)).as("'novi' and 'grad' are too common").isEmpty();
    }

    @Test
    void commonPartnersAreCitiesTiedToBoth() {
        City a = Fixtures.serbian("a", "A", 45, 20, "D", null);
        City b = Fixtures.city("HU", "b", "B", 46, 20);
        City c = Fixtures.city("SK", "c", "C", 48, 18);
        City d = Fixtures.city("PL", "d", "D", 50, 19);
        Atlas atlas = Fixtures.atlas(List.of(a, b, c, d), List.of(Fixtures.tie(a, b, "2000"),
                Fixtures.tie(a, c, "2000"), Fixtures.tie(b, c, "2000"), Fixtures.tie(b, d, "2000")));
        Feature common = Features.commonPartners(atlas, a.id(), b.id()).orElseThrow();
        assertThat(common.value()).isEqualTo(1);
        assertThat(common.contribution()).isEqualTo(ExplainPolicy.COMMON_PARTNER);
        assertThat(Features.commonPartners(atlas, a.id(), d.id())).as("D's only partner is B").isPresent();
        assertThat(Features.commonPartners(atlas, c.id(), d.id()).orElseThrow().value()).isEqualTo(1);
    }

    @Test
    void aRegionalClusterIsOtherTiesOfTheDistrictToTownsNearThePartner() {
        City prizren = Fixtures.serbian("prizren", "Prizren", 42.2, 20.7, "Prizrenski", null);
        City suvaReka = Fixtures.serbian("suva-reka", "Suva Reka", 42.36, 20.83, "Prizrenski", null);
        City elsewhere = Fixtures.serbian("nis", "Niš", 43.3, 21.9, "Nišavski", null);
        City iowaA = Fixtures.city("US", "a", "Council Bluffs", 41.26, -95.86);
        City iowaB = Fixtures.city("US", "b", "Des Moines", 41.59, -93.62);  // ~190 km away
        City texas = Fixtures.city("US", "c", "Austin", 30.27, -97.74);
        Atlas atlas = Fixtures.atlas(List.of(prizren, suvaReka, elsewhere, iowaA, iowaB, texas),
                List.of(Fixtures.tie(prizren, iowaA, "2020"), Fixtures.tie(suvaReka, iowaB, "2020"),
                        Fixtures.tie(elsewhere, iowaA, "2020"), Fixtures.tie(suvaReka, texas, "2020")));
        Explainer explainer = new Explainer(atlas, Borders.NONE);
        Feature cluster = feature(explainer, atlas, "rs-prizren--us-a", FeatureName.REGIONAL_CLUSTER).orElseThrow();
        assertThat(cluster.value()).as("Suva Reka–Des Moines; not Niš (another district), not Austin (too far)")
                .isEqualTo(1);
        assertThat(cluster.evidence()).contains("Suva Reka–Des Moines").doesNotContain("Austin");
        assertThat(feature(explainer, atlas, "rs-suva-reka--us-c", FeatureName.REGIONAL_CLUSTER)).isEmpty();
    }

    @Test
    void aWaveIsACountryPairsDecadeWithMoreTiesThanTheNetworkPredicts() {
        City rs1 = Fixtures.serbian("a", "A", 45, 20, "D", null);
        City rs2 = Fixtures.serbian("b", "B", 44, 20, "D", null);
        City rs3 = Fixtures.serbian("c", "C", 43, 21, "E", null);
        City cn1 = Fixtures.city("CN", "x", "X", 30, 120);
        City cn2 = Fixtures.city("CN", "y", "Y", 31, 121);
        City cn3 = Fixtures.city("CN", "z", "Z", 32, 119);
        City it1 = Fixtures.city("IT", "p", "P", 43, 11);
        City it2 = Fixtures.city("IT", "q", "Q", 44, 12);
        City it3 = Fixtures.city("IT", "r", "R", 45, 10);
        Atlas atlas = Fixtures.atlas(List.of(rs1, rs2, rs3, cn1, cn2, cn3, it1, it2, it3), List.of(
                Fixtures.tie(rs1, cn1, "2016"), Fixtures.tie(rs2, cn2, "2018"), Fixtures.tie(rs3, cn3, "2019"),
                Fixtures.tie(rs1, it1, "1965"), Fixtures.tie(rs2, it2, "1971"), Fixtures.tie(rs3, it3, "2012")));
        Explainer explainer = new Explainer(atlas, Borders.NONE);
        Feature wave = feature(explainer, atlas, "cn-x--rs-a", FeatureName.WAVE).orElseThrow();
        assertThat(wave.value()).isEqualTo(2010);
        assertThat(wave.evidence()).startsWith("3 of the 3 dated RS–CN ties began in the 2010s");
        assertThat(feature(explainer, atlas, "it-r--rs-c", FeatureName.WAVE)).as("one Italian tie of the 2010s")
                .isEmpty();
    }

    @Test
    void documentedReasonsWeighByCategoryTierCorroborationAndSharedTraits() {
        Reason war = new Reason(ReasonCategory.WAR_MEMORY, STORY, List.of(NEWS.id()));
        Reason warTwice = new Reason(ReasonCategory.WAR_MEMORY, STORY, List.of(NEWS.id(), NEWS2.id(), PRIMARY.id()));
        Reason economy = new Reason(ReasonCategory.ECONOMY, STORY, List.of(LIST.id()), List.of(Trait.MINING));
        City a = Fixtures.serbian("a", "A", 45, 20, "D", null);
        City b = Fixtures.city("GB", "b", "B", 52, -1.5);
        Atlas atlas = Fixtures.atlas(List.of(a, b), List.of());
        Map<String, org.pobratim.atlas.Source> sources = atlas.sources();

        assertThat(points(Features.documented(Fixtures.withReasons(Fixtures.tie(a, b, "1957"), war), sources)))
                .containsExactly(ExplainPolicy.REASON.get(ReasonCategory.WAR_MEMORY) + 5);
        assertThat(points(Features.documented(Fixtures.withReasons(Fixtures.tie(a, b, "1957"), warTwice), sources)))
                .as("primary tier, two further sources").containsExactly(70 + 10 + 10);
        assertThat(points(Features.documented(Fixtures.withReasons(Fixtures.tie(a, b, "1957"), economy, war),
                sources))).as("best first, another category, then the trait")
                .containsExactly(75, ExplainPolicy.FURTHER_REASON, 10);  // the trait is cut to the cap of 90
        Reason twoTraits = new Reason(ReasonCategory.ECONOMY, STORY, List.of(LIST.id()),
                List.of(Trait.AGRICULTURE, Trait.INDUSTRY));
        assertThat(points(Features.documented(Fixtures.withReasons(Fixtures.tie(a, b, "2016"), twoTraits), sources)))
                .as("the first trait weighs as a shared name, a further one as a further reason")
                .containsExactly(50, ExplainPolicy.SHARED_TRAIT, ExplainPolicy.FURTHER_REASON);
        Reason unknown = new Reason(ReasonCategory.UNKNOWN, STORY, List.of());
        assertThat(Features.documented(Fixtures.withReasons(Fixtures.tie(a, b, "1957"), unknown), sources)).isEmpty();
    }

    @Test
    void theScoreIsTheSumOfTheContributionsAndADocumentedTieOutranksAnyComputedOne() {
        City kanjiza = Fixtures.serbian("k", "K", 46.06, 20.06, "Severnobanatski", KANJIZA_LIKE);
        City hu = Fixtures.withPopulation(Fixtures.city("HU", "h", "H", 46.43, 19.48), 20000);
        City gb = Fixtures.city("GB", "c", "Coventry", 52.4, -1.5);
        Tie kin = Fixtures.tie(kanjiza, hu, "1997");
        Tie war = Fixtures.withReasons(Fixtures.tie(kanjiza, gb, "1957"),
                new Reason(ReasonCategory.WAR_MEMORY, STORY, List.of(NEWS.id())));
        Atlas atlas = Fixtures.atlas(List.of(kanjiza, hu, gb), List.of(kin, war));
        Explainer explainer = new Explainer(atlas, Borders.of(List.<String[]>of(new String[] {"RS", "HU"})));
        Explanation kinExplained = explainer.explain(kin);
        Explanation warExplained = explainer.explain(war);
        assertThat(kinExplained.score()).isEqualTo(kinExplained.features().stream()
                .mapToInt(Feature::contribution).sum()).isLessThanOrEqualTo(60);
        assertThat(kinExplained.basis()).isEqualTo(Explanation.Basis.COMPUTED);
        assertThat(warExplained.basis()).isEqualTo(Explanation.Basis.DOCUMENTED);
        assertThat(warExplained.score()).isGreaterThan(kinExplained.score());
        assertThat(explainer.explain(kin)).as("the same on every call").isEqualTo(kinExplained);
        assertThat(new Explainer(atlas, Borders.of(List.<String[]>of(new String[] {"HU", "RS"}))).explain(kin))
                .as("and from a new engine").isEqualTo(kinExplained);
    }

    private static Optional<Feature> feature(Explainer explainer, Atlas atlas, String tieId, FeatureName name) {
        return explainer.explain(atlas.tie(tieId).orElseThrow()).features().stream()
                .filter(f -> f.name() == name).findFirst();
    }

    private static List<FeatureName> names(List<Feature> features) {
        return features.stream().map(Feature::name).toList();
    }

    private static List<Integer> points(List<Feature> features) {
        return features.stream().map(Feature::contribution).toList();
    }
}
