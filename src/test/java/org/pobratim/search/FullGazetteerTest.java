package org.pobratim.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.Cities1000;
import org.pobratim.TestData;
import org.pobratim.ingest.BundleLoader;
import org.pobratim.ingest.EntityResolver;
import org.pobratim.ingest.GazetteerImport;
import org.pobratim.names.CountryResolver;
import org.pobratim.names.RegionResolver;
import org.pobratim.store.AtlasService;
import org.pobratim.store.Database;
import org.pobratim.store.DatabaseConfig;
import org.pobratim.store.GazetteerService;

/**
 * Search and resolution with the whole of GeoNames cities1000 (138k places) in the store beside the bundled atlas:
 * the right city must still come first among all its namesakes in the world.
 */
class FullGazetteerTest {
    @TempDir
    static Path dir;
    static Database database;
    static NameSearch search;
    static EntityResolver resolver;
    static org.pobratim.atlas.Atlas atlas;
    static org.pobratim.atlas.Gazetteer places;

    @BeforeAll
    static void load() {
        Path cities = Cities1000.require();
        database = Database.open(DatabaseConfig.h2File(dir));
        AtlasService atlas = new AtlasService(database, Clock.systemUTC());
        atlas.apply(BundleLoader.load(TestData.bundledData(), atlas.current()), "test");
        GazetteerService gazetteer = new GazetteerService(database, Clock.systemUTC());
        GazetteerImport.run(gazetteer, cities.toString(), "test", (read, total) -> { });
        search = new NameSearch(atlas::current, gazetteer::current);
        FullGazetteerTest.atlas = atlas.current();
        places = gazetteer.current();
        resolver = new EntityResolver(atlas.current(), gazetteer.current(), CountryResolver.standard(),
                RegionResolver.standard());
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
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
        for (String q : List.of("Nis", "Ниш", "Nish")) {
            assertThat(first(q)).as(q).isEqualTo("rs-nis");
        }
        for (String q : List.of("Beograd", "Београд", "Belgrade")) {
            assertThat(first(q)).as(q).isEqualTo("rs-beograd");
        }
        assertThat(first("Hilerod")).isEqualTo("dk-hillerod");
        assertThat(search.search("Kragujevc", 3, null).get(0).entry().name()).isEqualTo("Kragujevac");
    }

    @Test
    void everyBundledCityLiesWhereGeoNamesPutsItAndEverySerbianUnitInSerbia() {
        org.pobratim.atlas.DataQuality quality = org.pobratim.atlas.DataQuality.of(atlas, places, "RS");
        assertThat(quality.gazetteerChecked()).isTrue();
        assertThat(quality.errors()).isEmpty();
    }

    @Test
    void theNameClashesRealDatasetsGotWrongResolveRight() {
        assertThat(resolver.resolve("Montana", "Bulgaria").match().country()).isEqualTo("BG");
        assertThat(resolver.resolve("Bor", "Serbia").match().id()).isEqualTo("rs-bor");
        assertThat(resolver.resolve("Coventry", "England").match().id()).isEqualTo("gb-coventry");
        assertThat(resolver.resolve("Zemun (Belgrade)", "Serbia").match().name()).isEqualTo("Zemun");
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
