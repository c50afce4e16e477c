package org.pobratim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.app.Pobratim;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.ArticleAnswers;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.City;
import org.pobratim.atlas.ConflictTopic;
import org.pobratim.atlas.DataQuality;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.ingest.BundleImport;
import org.pobratim.ingest.BundleLoader;
import org.pobratim.ingest.BundleFolder;
import org.pobratim.ingest.BundleWriter;
import org.pobratim.ingest.GazetteerImport;
import org.pobratim.store.ApplyResult;
import org.pobratim.store.DatabaseConfig;

/**
 * Facts about the bundled dataset ({@code data/}), kept apart from the code tests so that a data commit breaks a
 * data test, never a code test: it is valid and has no hard error, it holds every Serbian unit in both scripts and
 * the article's ties with what the article says of them, it loads into the store unchanged, and (with GeoNames
 * cities1000) every city lies where GeoNames puts it.
 */
class BundledDataTest {
    /** Serbian local self-government units: 29 cities (Belgrade among them), 145 municipalities, 26 city municipalities. */
    private static final int SERBIAN_UNITS = 200;
    private static final int UNITS_IN_KOSOVO = 29;

    static ChangeSet bundle;
    static Atlas atlas;

    @BeforeAll
    static void load() {
        bundle = BundleLoader.load(TestData.bundledData(), Atlas.empty());
        atlas = new Atlas(1, bundle.sources(), bundle.cities(), bundle.ties());
    }

    private static Tie tie(String id) {
        return atlas.tie(id).orElseThrow(() -> new AssertionError("no tie " + id));
    }

    @Test
    void everySerbianUnitIsThereInBothScriptsWithItsKindAndDistrict() {
        List<City> units = atlas.cities().values().stream().filter(Serbia::isUnit).toList();
        assertThat(units).hasSize(SERBIAN_UNITS).allSatisfy(unit -> {
            assertThat(unit.country()).isEqualTo(Serbia.CODE);
            assertThat(unit.names()).containsKeys("sr-Latn", "sr-Cyrl");
            assertThat(unit.admin().district()).as(unit.id()).isNotBlank();
        });
        assertThat(units.stream().filter(Serbia::inKosovo)).hasSize(UNITS_IN_KOSOVO);
    }

    @Test
    void everySettlementBelongsToAUnitAndIsShownWithIt() {
        List<City> settlements = atlas.cities().values().stream()
                .filter(c -> c.admin() != null && !c.admin().type().isUnit()).toList();
        assertThat(settlements).isNotEmpty().allSatisfy(s -> {
            assertThat(s.country()).isEqualTo(Serbia.CODE);
            assertThat(atlas.city(s.admin().parent())).as(s.id()).get().matches(Serbia::isUnit);
            assertThat(atlas.settlementsOf(s.admin().parent())).contains(s);
            assertThat(s.sources()).as(s.id()).isNotEmpty();
        });
        assertThat(atlas.city("rs-bajmok")).get().extracting(c -> c.admin().parent()).isEqualTo("rs-subotica");
    }

    @Test
    void everySourceHasATierAndTheListsAndTheirCopiesAreListings() {
        assertThat(atlas.sources().values()).allSatisfy(s -> assertThat(s.tier()).isNotNull());
        assertThat(atlas.sources().values().stream().filter(s -> s.url().contains("wikipedia.org")))
                .isNotEmpty().allSatisfy(s -> assertThat(s.tier()).as(s.id()).isEqualTo(SourceTier.LISTING));
        assertThat(atlas.sources().get("geonames-cities1000").tier()).isEqualTo(SourceTier.LISTING);
    }

    @Test
    void theArticlesTiesAreThereAsTheArticleTellsThem() {
        Tie nisKursk = tie("rs-nis--ru-kursk");
        assertThat(nisKursk.established().year()).isEqualTo(1920);
        assertThat(atlas.tiesByEstablished().get(0)).isEqualTo(nisKursk);
        Tie kikindaNarvik = tie("no-narvik--rs-kikinda");
        assertThat(kikindaNarvik.reasonCategories()).contains(ReasonCategory.WAR_MEMORY);
        assertThat(kikindaNarvik.firstKind()).contains(AgreementKind.FRIENDSHIP);
        assertThat(kikindaNarvik.conflicts()).anySatisfy(c -> assertThat(c.about()).isEqualTo(ConflictTopic.KIND));
        assertThat(tie("gb-coventry--rs-beograd").established().year()).isBetween(1950, 1959);
        assertThat(tie("jo-al-salt--rs-indjija").reasonCategories()).containsExactly(ReasonCategory.UNKNOWN);
        assertThat(atlas.tie("rs-sabac--jp-fujimi")).isPresent();
    }

    @Test
    void everyTieCitesSourcesThatExist() {
        assertThat(atlas.ties().values()).allSatisfy(t -> {
            assertThat(t.sourceIds()).as(t.id()).isNotEmpty();
            assertThat(atlas.sources().keySet()).as(t.id()).containsAll(t.sourceIds());
        });
    }

    @Test
    void theDataHasNoHardErrorsAndTheArticlesQuestionsAreAnswered() {
        DataQuality quality = DataQuality.of(atlas, Gazetteer.empty());
        assertThat(quality.errors()).isEmpty();
        ArticleAnswers answers = ArticleAnswers.of(atlas);
        assertThat(answers.oldestTies()).containsExactly("rs-nis--ru-kursk");
        assertThat(answers.oldestYear()).isEqualTo("1920");
        assertThat(answers.serbianUnits()).isEqualTo(SERBIAN_UNITS);
        assertThat(answers.serbianUnitsOutsideKosovo()).isEqualTo(SERBIAN_UNITS - UNITS_IN_KOSOVO);
        long withGreek = atlas.cities().values().stream().filter(c -> c.admin() != null)
                .filter(c -> atlas.tiesOf(c.id()).stream()
                        .anyMatch(t -> atlas.partnerOf(t, c.id()).country().equals("GR")))
                .count();
        assertThat(answers.serbianUnitsWithGreekPartner()).isEqualTo(withGreek).isPositive();
        assertThat(answers.tiesWithUnknownReason()).isBetween(1, answers.ties());
    }

    @Test
    void theDataLoadsIntoTheStoreAndReadsBackEqualAndAgainChangesNothing(@TempDir Path dir) {
        try (Pobratim app = Pobratim.open(DatabaseConfig.h2File(dir))) {
            ApplyResult first = BundleImport.run(app.atlas(), TestData.bundledData(), "test");
            assertThat(first.created()).isEqualTo(bundle.sources().size() + bundle.cities().size()
                    + bundle.ties().size());
            assertThat(app.atlas().current().ties().values()).containsExactlyInAnyOrderElementsOf(bundle.ties());
            assertThat(app.atlas().current().cities().values()).containsExactlyInAnyOrderElementsOf(bundle.cities());
            assertThat(BundleImport.run(app.atlas(), TestData.bundledData(), "test").changed()).isZero();
        }
    }

    /**
     * {@code data/} is kept in the bundle's canonical form: exporting the store the bundled data was imported into
     * writes the very same files, byte for byte (and nothing else), and importing that export changes nothing. After
     * a hand edit that is not canonical, {@code ./pobratim export --format bundle data} puts it right.
     */
    @Test
    void exportingTheImportedDataGivesTheFilesOfDataByteForByteAndImportingItChangesNothing(@TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("export");
        try (Pobratim app = Pobratim.open(DatabaseConfig.h2File(dir.resolve("db")))) {
            BundleImport.run(app.atlas(), TestData.bundledData(), "test");
            BundleFolder.write(out, BundleWriter.files(app.atlas().current()));
            Map<String, String> exported = yamlFiles(out);
            Map<String, String> bundled = yamlFiles(TestData.bundledData());
            assertThat(exported.keySet()).containsExactlyElementsOf(bundled.keySet());
            bundled.forEach((file, text) -> assertThat(exported.get(file)).as(file).isEqualTo(text));
            ApplyResult again = BundleImport.run(app.atlas(), out, "test");
            assertThat(again.changed()).isZero();
            assertThat(again.unchanged()).isEqualTo(bundle.sources().size() + bundle.cities().size()
                    + bundle.ties().size());
        }
    }

    private static Map<String, String> yamlFiles(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void withCities1000EveryCityLiesWhereGeoNamesPutsItAndEveryUnitInSerbia(@TempDir Path dir) throws IOException {
        Path cities = Cities1000.require();
        try (Pobratim app = Pobratim.open(DatabaseConfig.h2File(dir))) {
            BundleImport.run(app.atlas(), TestData.bundledData(), "test");
            GazetteerImport.run(app.gazetteer(), cities.toString(), "test", (read, total) -> { });
            DataQuality quality = app.reads().get().quality();
            assertThat(quality.gazetteerChecked()).isTrue();
            assertThat(quality.errors()).isEmpty();
            // the Serbian cities come first among their namesakes in the world
            for (String q : List.of("Sabac", "Шабац", "Nis", "Ниш", "Beograd", "Belgrade", "Indjija")) {
                String first = app.reads().get().search().search(q, 3, null).get(0).entry().id();
                assertThat(first).as(q).isIn(Set.of("rs-sabac", "rs-nis", "rs-beograd", "rs-indjija"));
            }
        }
    }
}
