package org.pobratim.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.Cities1000;
import org.pobratim.TestData;
import org.pobratim.app.Pobratim;
import org.pobratim.ingest.BundleImport;
import org.pobratim.ingest.EntityResolver;
import org.pobratim.ingest.GazetteerImport;
import org.pobratim.store.DatabaseConfig;

/**
 * Search and resolution with the whole of GeoNames cities1000 (138k places) beside the fixture atlas, as
 * {@link Pobratim} builds them: the right place must still come first among all its namesakes in the world.
 */
class FullGazetteerTest {
    @TempDir
    static Path dir;
    static Pobratim app;
    static NameSearch search;
    static EntityResolver resolver;
    static org.pobratim.atlas.Gazetteer places;

    @BeforeAll
    static void load() {
        Path cities = Cities1000.require();
        app = Pobratim.open(DatabaseConfig.h2File(dir));
        BundleImport.run(app.atlas(), TestData.fixture(), "test");
        GazetteerImport.run(app.gazetteer(), cities.toString(), "test", (read, total) -> { });
        search = app.reads().get().search();
        places = app.reads().get().gazetteer();
        resolver = app.resolver(EntityResolver.THRESHOLD);
    }

    @AfterAll
    static void close() {
        if (app != null) {
            app.close();
        }
    }

    private static String first(String query) {
        return search.search(query, 3, null).get(0).entry().id();
    }

    @Test
    void everySpellingFindsTheSerbianCityFirstAmongTheWorldsNamesakes() {
        for (String q : List.of("Sabac", "sabac", "Šabac", "Шабац")) {
            assertThat(first(q)).as(q).isEqualTo("rs-sabac");
        }
        assertThat(first("Indjija")).isEqualTo("rs-indjija");
        // and a gazetteer place first among its namesakes when the atlas does not have it
        // every spelling of Niš folds to "nis", which Nice (France, bigger) also answers to: with no tie to rank it
        // first, Niš is found within its country
        for (String q : List.of("Nis", "Ниш", "Niš")) {
            assertThat(search.search(q, 1, "RS").get(0).entry().id()).as(q).isEqualTo("geonames:787657");
            assertThat(first(q)).as(q).isEqualTo("geonames:2990440");
        }
        for (String q : List.of("Beograd", "Београд", "Belgrade")) {
            assertThat(first(q)).as(q).isEqualTo("geonames:792680");
        }
        assertThat(first("Hilerod")).isEqualTo("geonames:2620320");
        assertThat(search.search("Kragujevc", 3, null).get(0).entry().name()).isEqualTo("Kragujevac");
    }

    @Test
    void theNameClashesRealDatasetsGotWrongResolveRight() {
        assertThat(resolver.resolve("Montana", "Bulgaria").match().country()).isEqualTo("BG");
        assertThat(resolver.resolve("Bor", "Serbia").match().id()).isEqualTo("geonames:792456");
        assertThat(resolver.resolve("Bor", "Turkey").match().country()).isEqualTo("TR");
        assertThat(resolver.resolve("Coventry", "England").match().id()).isEqualTo("gb-coventry");
        assertThat(resolver.resolve("Zemun (Belgrade)", "Serbia").match().id()).isEqualTo("rs-zemun");
        assertThat(resolver.resolve("Narvik", "Sweden").resolved()).isFalse();
    }

    @Test
    void everyRegionOfTheTableHasTheAdmin1CodeItsCapitalCarriesInGeoNames() {
        List<org.pobratim.names.RegionResolver.Region> regions = org.pobratim.names.RegionResolver.standard().regions();
        assertThat(regions).hasSizeGreaterThanOrEqualTo(150);
        for (org.pobratim.names.RegionResolver.Region region : regions) {
            org.pobratim.atlas.GazetteerPlace capital = places.place(region.capitalGeonameId()).orElseThrow(
                    () -> new AssertionError(region + ": its capital is not in cities1000"));
            assertThat(capital.country()).as(region.name()).isEqualTo(region.country());
            assertThat(capital.admin1()).as(region.name()).isEqualTo(region.admin1());
        }
        assertThat(resolver.resolve("Salisbury, Maryland", "United States").match().admin1()).isEqualTo("MD");
        assertThat(resolver.resolve("Friedberg, Hesse", "Germany").match().id()).isEqualTo("geonames:2924802");
    }
}
