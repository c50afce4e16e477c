package org.pobratim.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pobratim.TestData;
import org.pobratim.TestGazetteer;
import org.pobratim.ingest.BundleLoader;

class DataQualityTest {
    private static final Source SOURCE = new Source("s", "https://example.org", "S", null, null,
            LocalDate.parse("2026-11-01"), null);

    private static City city(String id, String name, String country, double lat, double lon, Long geonames,
                             SerbianAdmin admin, Map<String, String> extraNames) {
        Map<String, String> names = new java.util.HashMap<>(extraNames);
        names.put("en", name);
        return new City(id, names, List.of(), country, new Coordinates(lat, lon), null, geonames, null, admin, List.of());
    }

    private static Tie tie(String a, String b, String date) {
        return new Tie(a, b, List.of(new Agreement(AgreementKind.TWINNING, PartialDate.parse(date), null, List.of("s"))),
                null, null, null, null);
    }

    @Test
    void hardErrorsFailAndWarningsDoNot() {
        SerbianAdmin grad = new SerbianAdmin(AdminType.CITY, "Mačvanski");
        List<City> cities = List.of(
                city("rs-sabac", "Šabac", "RS", 44.75, 19.69, 3191376L, grad, Map.of("sr-Latn", "Šabac")),
                // a second record of the same GeoNames place, and 300 km off it
                city("rs-sabac-2", "Sabac", "RS", 42.0, 21.0, 3191376L, null, Map.of()),
                city("no-narvik", "Narvik", "NO", 68.44, 17.43, 3144987L, null, Map.of()),
                city("no-narvik-town", "Narvik town", "NO", 68.44, 17.431, null, null, Map.of()));
        Atlas atlas = new Atlas(1, List.of(SOURCE), cities,
                List.of(tie("rs-sabac", "no-narvik", "unknown"), tie("rs-sabac", "no-narvik-town", "1966")));

        DataQuality quality = DataQuality.of(atlas, TestGazetteer.sample());

        assertThat(quality.hasErrors()).isTrue();
        assertThat(quality.errors()).extracting(DataQuality.Finding::subject)
                .contains("rs-sabac", "rs-sabac-2");
        assertThat(quality.errors()).anySatisfy(f -> assertThat(f.message()).contains("both scripts"));
        assertThat(quality.errors()).anySatisfy(f -> assertThat(f.message()).contains("same GeoNames place"));
        assertThat(quality.errors()).anySatisfy(f -> assertThat(f.message()).contains("km from its GeoNames place"));
        assertThat(quality.suspectedDuplicates()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("no-narvik / no-narvik-town");
            assertThat(f.message()).contains("rs-sabac").contains("same pair twice");
        });
        assertThat(quality.tiesWithoutYear()).containsExactly("no-narvik--rs-sabac");
        assertThat(quality.tiesWithoutReason()).hasSize(2);
        assertThat(quality.sourcesCitedOnce()).isEmpty();
    }

    @Test
    void theBundledDataHasNoHardErrorsWithoutAGazetteer() {
        // the coordinate checks need a dense gazetteer: FullGazetteerTest runs them with cities1000
        ChangeSet bundle = BundleLoader.load(TestData.bundledData(), Atlas.empty());
        Atlas atlas = new Atlas(1, bundle.sources(), bundle.cities(), bundle.ties());
        DataQuality quality = DataQuality.of(atlas, Gazetteer.empty());
        assertThat(quality.errors()).isEmpty();
        assertThat(quality.gazetteerChecked()).isFalse();
    }

    @Test
    void theArticlesQuestionsAreAnsweredFromTheData() {
        ChangeSet bundle = BundleLoader.load(TestData.bundledData(), Atlas.empty());
        Atlas atlas = new Atlas(1, bundle.sources(), bundle.cities(), bundle.ties());
        ArticleAnswers answers = ArticleAnswers.of(atlas);

        assertThat(answers.oldestTies()).containsExactly("rs-nis--ru-kursk");
        assertThat(answers.oldestYear()).isEqualTo("1920");
        String most = answers.mostTies().get(0).id();
        assertThat(atlas.cities().values().stream().filter(c -> c.admin() != null)
                .mapToInt(c -> atlas.tiesOf(c.id()).size()).max().orElseThrow())
                .isEqualTo(atlas.tiesOf(most).size());
        long withGreek = atlas.cities().values().stream().filter(c -> c.admin() != null)
                .filter(c -> atlas.tiesOf(c.id()).stream()
                        .anyMatch(t -> t.partnerOf(c.id()).orElseThrow().startsWith("gr-")))
                .count();
        assertThat(answers.serbianUnitsWithGreekPartner()).isEqualTo(withGreek).isPositive();
        assertThat(answers.serbianUnits()).isEqualTo(200);
        assertThat(answers.serbianUnitsOutsideKosovo()).isEqualTo(171);
        assertThat(answers.tiesWithUnknownReason()).isBetween(1, answers.ties());
        assertThat(answers.sentences()).anySatisfy(s -> assertThat(s).contains("Greek partner"));
    }
}
