package org.pobratim.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.pobratim.ingest.world.WorldFixture.CITY_SITE;
import static org.pobratim.ingest.world.WorldFixture.KIKINDA;
import static org.pobratim.ingest.world.WorldFixture.KIKINDA_NARVIK;
import static org.pobratim.ingest.world.WorldFixture.KIKINDA_PARIS;
import static org.pobratim.ingest.world.WorldFixture.NARVIK;
import static org.pobratim.ingest.world.WorldFixture.NEWS;
import static org.pobratim.ingest.world.WorldFixture.PARIS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.app.Pobratim;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.ConflictTopic;
import org.pobratim.atlas.ImportFinding;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.ingest.EntityResolver;
import org.pobratim.ingest.InputRejected;
import org.pobratim.store.DatabaseConfig;

/**
 * The world import end to end on the real store (H2 in a temporary folder): a curated atlas and a gazetteer are
 * stored, lists are written to files and imported as {@code pobratim world import} does it.
 */
class WorldImportRunTest {
    /** The curated atlas's own record of the gazetteer source, which the import must not replace with its own. */
    private static final Source CURATED_GEONAMES = new Source("geonames-cities1000", "https://www.geonames.org/",
            "GeoNames, as the curators cite it", "GeoNames", null, LocalDate.of(2026, 1, 2), "en", SourceTier.LISTING);

    @TempDir
    Path dir;

    private Pobratim app;
    private WorldImportRun.Files files;

    @BeforeEach
    void storeACuratedAtlasAndAGazetteer() throws IOException {
        app = Pobratim.open(DatabaseConfig.h2File(dir.resolve("db")));
        app.atlas().apply(new ChangeSet(List.of(CITY_SITE, NEWS, CURATED_GEONAMES), List.of(KIKINDA, NARVIK, PARIS),
                List.of(KIKINDA_NARVIK, KIKINDA_PARIS)), "seed");
        app.gazetteer().importPlaces("world-fixture", "seed", sink -> WorldFixture.PLACES.forEach(sink));

        Path pairs = write("pairs.csv", "city1,country1,city2,country2",
                "Kikinda,Serbia,Narvik,Norway",
                "Kikinda,Serbia,Szeged,Hungary",
                "Kikinda,Serbia,Paris,United States",
                "Kikinda,Serbia,Atlantis,Greece",
                "Kikinda,Serbia,Mokrin,Serbia",
                "Szeged,Hungary,Aleksandrovo,Bulgaria");
        Path geocoded = write("geocoded.csv", "city1,country1,lat1,lng1,city2,country2,lat2,lng2",
                "Kikinda,Serbia,45.83,20.46,Mokrin,Serbia,45.933,20.417",
                "Szeged,Hungary,46.25,20.15,Aleksandrovo,Bulgaria,42.65,26.05");
        Path crawl = Files.createDirectories(dir.resolve("crawl"));
        Files.writeString(crawl.resolve(WikidataTsv.RELATIONS), "Q188803\tQ107356\nQ107356\tQ188803\nQ188803\tQ81581\n");
        Files.writeString(crawl.resolve(WikidataTsv.NAMES), "Q188803\tKikinda\nQ107356\tNarvik\nQ81581\tSzeged\n");
        files = new WorldImportRun.Files(pairs, geocoded, crawl);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    /** As the command does it: names placed against the curated part of the atlas as it now is. */
    private WorldImportRun.Outcome run(WorldImportRun.Files lists) {
        EntityResolver resolver = app.resolver(WorldImport.curated(app.atlas().current()), EntityResolver.THRESHOLD);
        return WorldImportRun.run(app.atlas(), app.reads().get().gazetteer(), resolver, lists, LocalDate.now(),
                "world-import");
    }

    @Test
    void theListsAreStoredAsListingsNewTiesAndFindings() {
        WorldImportRun.Outcome outcome = run(files);

        Atlas atlas = app.atlas().current();
        assertThat(atlas.ties()).containsOnlyKeys(KIKINDA_NARVIK.id(), KIKINDA_PARIS.id(), "hu-szeged--rs-kikinda",
                "rs-kikinda--rs-mokrin", "bg-aleksandrovo--hu-szeged");
        assertThat(atlas.ties().get(KIKINDA_NARVIK.id()).listings()).extracting(l -> l.source())
                .containsExactly(ListSource.WIKIDATA_CRAWL.id(), ListSource.WIKIDATA_CRAWL.id(),
                        ListSource.WIKIPEDIA_LISTS.id());
        assertThat(atlas.ties().get(KIKINDA_PARIS.id()).listingConflicts()).extracting(c -> c.about())
                .containsExactly(ConflictTopic.PARTNER);
        Tie szeged = atlas.ties().get("hu-szeged--rs-kikinda");
        assertThat(szeged.listedOnly()).isTrue();
        assertThat(atlas.tier(szeged)).isEqualTo(SourceTier.LISTING);
        assertThat(szeged.listings()).extracting(l -> l.source())
                .containsExactly(ListSource.WIKIDATA_CRAWL.id(), ListSource.WIKIPEDIA_LISTS.id());
        assertThat(atlas.city("rs-mokrin").orElseThrow().sources()).containsExactly(ListSource.WIKIPEDIA_LISTS.id());
        assertThat(atlas.city("bg-aleksandrovo").orElseThrow().geonamesId())
                .isEqualTo(WorldFixture.ALEKSANDROVO_SOUTH.geonameId());

        assertThat(atlas.findings(ImportFinding.Kind.UNPLACED)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(files.pairs().toString());
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.subject()).isEqualTo("Atlantis");
            assertThat(f.reason()).isEqualTo("no place of that name");
        });
        assertThat(atlas.findings(ImportFinding.Kind.ONE_SIDED)).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(ListSource.WIKIDATA_CRAWL.id());
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.country()).isNull();
            assertThat(f.subject()).isEqualTo("Kikinda (Q188803) → Szeged (Q81581)");
        });
        assertThat(atlas.findings(ImportFinding.Kind.UNPLACED)).as("read back from the store as planned")
                .isEqualTo(outcome.plan().findings().stream()
                        .filter(f -> f.kind() == ImportFinding.Kind.UNPLACED).toList());
        assertThat(outcome.applied().created()).isPositive();
    }

    @Test
    void aPairTheListNoLongerNamesLosesItsListingAndATieThatRestedOnItAloneIsDeleted() throws IOException {
        run(files);
        assertThat(app.atlas().current().ties()).containsKey("rs-kikinda--rs-mokrin");
        Path fewer = write("fewer.csv", "city1,country1,city2,country2",
                "Kikinda,Serbia,Narvik,Norway",
                "Kikinda,Serbia,Paris,United States",
                "Szeged,Hungary,Aleksandrovo,Bulgaria");
        WorldImportRun.Outcome second = run(new WorldImportRun.Files(fewer, files.geocoded(), null));

        Atlas atlas = app.atlas().current();
        assertThat(second.plan().deletedTies()).containsExactly("rs-kikinda--rs-mokrin");
        assertThat(atlas.ties()).doesNotContainKey("rs-kikinda--rs-mokrin");
        assertThat(app.atlas().revisions("tie", "rs-kikinda--rs-mokrin")).last()
                .satisfies(r -> assertThat(r.action()).isEqualTo("delete"));
        // the crawl still names Kikinda–Szeged: the tie stays, with the crawl's listing alone
        assertThat(atlas.ties().get("hu-szeged--rs-kikinda").listings()).extracting(l -> l.source())
                .containsOnly(ListSource.WIKIDATA_CRAWL.id());
        // a curated tie keeps every curated fact either way
        assertThat(withoutListings(atlas.ties().get(KIKINDA_NARVIK.id()))).isEqualTo(KIKINDA_NARVIK);
        assertThat(second.plan().summary().tiesNoLongerListed()).isEqualTo(2);
    }

    @Test
    void importingTheSameListsAgainChangesNothing() {
        WorldImportRun.Outcome first = run(files);
        Atlas once = app.atlas().current();

        WorldImportRun.Outcome second = run(files);
        Atlas twice = app.atlas().current();

        assertThat(first.applied().changed()).isPositive();
        assertThat(second.applied().created()).isZero();
        assertThat(second.applied().updated()).isZero();
        ChangeSet again = second.plan().changes();
        assertThat(second.applied().unchanged()).as("every record was planned again, and found as stored")
                .isEqualTo(again.sources().size() + again.cities().size() + again.ties().size())
                .isGreaterThanOrEqualTo(first.plan().changes().ties().size());
        assertThat(twice.version()).isEqualTo(once.version());
        assertThat(twice.sources()).isEqualTo(once.sources());
        assertThat(twice.cities()).isEqualTo(once.cities());
        assertThat(twice.ties()).isEqualTo(once.ties());
        for (ImportFinding.Kind kind : ImportFinding.Kind.values()) {
            assertThat(twice.findings(kind)).isEqualTo(once.findings(kind));
        }
        assertThat(second.plan().findings()).isEqualTo(first.plan().findings());
    }

    @Test
    void importingOneOfTheListsAgainChangesNothingAndKeepsTheOthersListingsAndFindings() {
        run(files);
        Atlas once = app.atlas().current();

        WorldImportRun.Outcome pairsAgain = run(new WorldImportRun.Files(files.pairs(), files.geocoded(), null));

        assertThat(pairsAgain.applied().created()).isZero();
        assertThat(pairsAgain.applied().updated()).as("no tie rewritten for the order of its lists").isZero();
        Atlas twice = app.atlas().current();
        assertThat(twice.ties()).isEqualTo(once.ties());
        assertThat(twice.findings(ImportFinding.Kind.ONE_SIDED)).isEqualTo(once.findings(ImportFinding.Kind.ONE_SIDED))
                .hasSize(1);
        assertThat(twice.findings(ImportFinding.Kind.UNPLACED)).isEqualTo(once.findings(ImportFinding.Kind.UNPLACED));
    }

    @Test
    void aBrokenRowChangesNothingAndTheRejectionNamesIt() throws IOException {
        Atlas before = app.atlas().current();
        Map<String, Integer> rows = rowCounts();
        Path broken = write("broken.csv", "city1,country1,city2,country2",
                "Kikinda,Serbia,Szeged,Hungary",
                "Kikinda,Serbia,Atlantis,Greece",
                "Kikinda,Serbia,,Norway",
                "Kikinda,Serbia,Mokrin,Serbia");

        InputRejected rejected = catchThrowableOfType(
                () -> run(new WorldImportRun.Files(broken, null, files.wikidata())), InputRejected.class);

        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(broken.toString());
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("city2");
        });
        assertThat(rejected.getMessage()).contains(broken + ":4: city2");
        Atlas after = app.atlas().current();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(rowCounts()).isEqualTo(rows);
        assertThat(after.ties()).isEqualTo(before.ties());
        assertThat(after.cities()).isEqualTo(before.cities());
        for (ImportFinding.Kind kind : ImportFinding.Kind.values()) {
            assertThat(after.findings(kind)).isEmpty();
        }
    }

    @Test
    void everyCuratedRecordIsAsItWasButForTheListingsOfItsTies() {
        Atlas before = app.atlas().current();

        run(files);

        Atlas after = app.atlas().current();
        before.sources().forEach((id, source) -> assertThat(after.sources().get(id)).isEqualTo(source));
        before.cities().forEach((id, city) -> assertThat(after.cities().get(id)).isEqualTo(city));
        before.ties().forEach((id, tie) -> {
            Tie now = after.ties().get(id);
            assertThat(now.listings()).isNotEmpty();
            assertThat(withoutListings(now)).isEqualTo(tie);
        });
        assertThat(app.atlas().revisions("city", KIKINDA.id())).hasSize(1);
        assertThat(app.atlas().revisions("source", CURATED_GEONAMES.id())).hasSize(1);
    }

    private static Tie withoutListings(Tie tie) {
        return new Tie(tie.cityA(), tie.cityB(), tie.agreements(), tie.status(), tie.reasons(), tie.activity(),
                tie.conflicts());
    }

    private Map<String, Integer> rowCounts() {
        return Map.of("source", app.atlas().rowCount("source"), "city", app.atlas().rowCount("city"),
                "tie", app.atlas().rowCount("tie"), "revision", app.atlas().rowCount("revision"));
    }

    @Test
    void anEmptyGazetteerIsRejectedBeforeAnythingIsRead() throws IOException {
        try (Pobratim empty = Pobratim.open(DatabaseConfig.h2File(dir.resolve("empty")))) {
            EntityResolver resolver = empty.resolver(empty.atlas().current(), EntityResolver.THRESHOLD);
            InputRejected rejected = catchThrowableOfType(() -> WorldImportRun.run(empty.atlas(),
                    empty.reads().get().gazetteer(), resolver, files, LocalDate.now(), "t"), InputRejected.class);

            assertThat(rejected.getMessage()).contains("gazetteer").contains("import one first");
            assertThat(empty.atlas().current().version()).isZero();
        }
    }

    @Test
    void aGeocodedListWithoutThePairsOrAMissingFileIsRejected() {
        InputRejected alone = catchThrowableOfType(
                () -> run(new WorldImportRun.Files(null, files.geocoded(), null)), InputRejected.class);
        assertThat(alone.getMessage()).contains(files.geocoded().toString()).contains("--pairs");

        Path missing = dir.resolve("no-such.csv");
        InputRejected absent = catchThrowableOfType(
                () -> run(new WorldImportRun.Files(missing, null, null)), InputRejected.class);
        assertThat(absent.getMessage()).contains(missing + ": no such file");
    }
}
