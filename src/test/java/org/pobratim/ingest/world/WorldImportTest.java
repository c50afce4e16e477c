package org.pobratim.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pobratim.ingest.world.WorldFixture.ATLAS;
import static org.pobratim.ingest.world.WorldFixture.GAZETTEER;
import static org.pobratim.ingest.world.WorldFixture.KIKINDA;
import static org.pobratim.ingest.world.WorldFixture.KIKINDA_NARVIK;
import static org.pobratim.ingest.world.WorldFixture.KIKINDA_PARIS;
import static org.pobratim.ingest.world.WorldFixture.LIST;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Conflict;
import org.pobratim.atlas.ConflictTopic;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.ImportFinding;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;

/**
 * The world import's planner on a small curated atlas and gazetteer ({@link WorldFixture}): what a listed pair
 * becomes (a listing of a curated tie that changes nothing else, a listed tie, a conflict, a finding), how names are
 * placed, and the cities it makes.
 */
class WorldImportTest {
    @TempDir
    Path dir;

    private Path pairsFile;
    private Path wikidataFile;

    @BeforeEach
    void files() throws IOException {
        // the lists' source records are accessed on the day their files were written
        pairsFile = Files.writeString(dir.resolve("pairs.csv"), "city1,country1,city2,country2\n");
        wikidataFile = Files.writeString(dir.resolve("p190.json"), "{}");
    }

    private static ListedPlace named(String name, String country) {
        return ListedPlace.named(name, country);
    }

    private static ListedPlace at(String name, String country, double lat, double lon) {
        return new ListedPlace(name, country, null, new Coordinates(lat, lon), null, Map.of());
    }

    private static ListedPlace item(String qid, String name, String country) {
        return new ListedPlace(name, country, qid, null, null, Map.of("en", name));
    }

    private ListedPair row(long line, ListedPlace a, ListedPlace b) {
        return ListedPair.of(pairsFile.toString(), line, a, b);
    }

    private WorldImport.Input lists(ListedPair... pairs) {
        return new WorldImport.Input(ListSource.WIKIPEDIA_LISTS, pairsFile, List.of(pairs));
    }

    private WorldImport.Input wikidata(ListedPair... statements) {
        return new WorldImport.Input(ListSource.WIKIDATA, wikidataFile, List.of(statements));
    }

    private ListedPair statement(long line, ListedPlace a, ListedPlace b, PartialDate start) {
        return new ListedPair(wikidataFile.toString(), line, a, b, start, null, null);
    }

    private static WorldImport.Plan plan(WorldImport.Input... inputs) {
        return WorldImport.plan(ATLAS, GAZETTEER, WorldFixture.resolver(ATLAS), List.of(inputs), LocalDate.now());
    }

    private static Tie tie(WorldImport.Plan plan, String id) {
        return plan.changes().ties().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no tie " + id + " in " + plan.changes().ties()));
    }

    private static City city(WorldImport.Plan plan, String id) {
        return plan.changes().cities().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no city " + id + " in " + plan.changes().cities()));
    }

    private static Listing listing(String asListed) {
        return new Listing(LIST, asListed, null, null, null);
    }

    @Test
    void aListedPairOfACuratedTieAddsItsListingAndChangesNothingElse() {
        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"), named("Narvik", "Norway")),
                row(3, named("Narvik", "Norway"), named("Kikinda", "Serbia"))));

        assertThat(plan.changes().ties()).singleElement().isEqualTo(new Tie(KIKINDA_NARVIK.cityA(),
                KIKINDA_NARVIK.cityB(), KIKINDA_NARVIK.agreements(), KIKINDA_NARVIK.status(),
                KIKINDA_NARVIK.reasons(), KIKINDA_NARVIK.activity(), KIKINDA_NARVIK.conflicts(),
                List.of(listing("Kikinda, Serbia – Narvik, Norway"), listing("Narvik, Norway – Kikinda, Serbia"))));
        assertThat(plan.changes().cities()).as("both cities are curated ones").isEmpty();
        Tie listed = tie(plan, KIKINDA_NARVIK.id());
        assertThat(listed.listingConflicts()).isEmpty();
        assertThat(listed.conflicts()).isEqualTo(KIKINDA_NARVIK.conflicts());
        Atlas after = WorldFixture.applied(ATLAS, plan);
        assertThat(after.tier(after.ties().get(KIKINDA_NARVIK.id()))).isEqualTo(SourceTier.PRIMARY);
        assertThat(after.ties().get(KIKINDA_PARIS.id())).isEqualTo(KIKINDA_PARIS);
        assertThat(plan.findings()).isEmpty();
        assertThat(plan.summary()).isEqualTo(new WorldImport.Summary(2, 2, 1, 0, 1, 0, 0, 0, 0, 0));
    }

    @Test
    void aNewPairBecomesATieKnownOnlyFromTheListOnACityFromTheGazetteer() {
        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"), named("Szeged", "Hungary"))));

        Tie tie = tie(plan, "hu-szeged--rs-kikinda");
        assertThat(tie.listedOnly()).isTrue();
        assertThat(tie.agreements()).isEmpty();
        assertThat(tie.listings()).containsExactly(listing("Kikinda, Serbia – Szeged, Hungary"));
        assertThat(tie.listingConflicts()).isEmpty();
        City szeged = city(plan, "hu-szeged");
        assertThat(szeged.geonamesId()).isEqualTo(WorldFixture.SZEGED.geonameId());
        assertThat(szeged.location()).isEqualTo(WorldFixture.SZEGED.location());
        assertThat(szeged.country()).isEqualTo("HU");
        assertThat(szeged.population().count()).isEqualTo(161879);
        assertThat(szeged.sources()).containsExactly(WorldImport.GAZETTEER_SOURCE.id(), LIST);
        assertThat(plan.changes().sources()).extracting(s -> s.id())
                .containsExactly(LIST, WorldImport.GAZETTEER_SOURCE.id());
        assertThat(plan.changes().sources().get(0).tier()).isEqualTo(SourceTier.LISTING);
        assertThat(plan.listSources()).containsExactly(LIST);

        Atlas after = WorldFixture.applied(ATLAS, plan);
        assertThat(after.tier(after.ties().get(tie.id()))).isEqualTo(SourceTier.LISTING);
        assertThat(after.tiesOf(KIKINDA.id())).extracting(Tie::id)
                .containsExactlyInAnyOrder(KIKINDA_NARVIK.id(), KIKINDA_PARIS.id(), tie.id());
        assertThat(plan.summary()).isEqualTo(new WorldImport.Summary(1, 1, 1, 1, 0, 1, 0, 0, 0, 0));
    }

    @Test
    void aPartnerNamedLikeTheCuratedOneButPlacedInAnotherCountryIsAConflictOfTheCuratedTieNotASecondTie() {
        WorldImport.Plan plan = plan(lists(row(4, named("Kikinda", "Serbia"), named("Paris", "United States"))));

        assertThat(plan.changes().ties()).extracting(Tie::id).containsExactly(KIKINDA_PARIS.id());
        Tie tie = tie(plan, KIKINDA_PARIS.id());
        assertThat(tie.agreements()).isEqualTo(KIKINDA_PARIS.agreements());
        assertThat(tie.conflicts()).isEmpty();
        assertThat(tie.listings()).singleElement().satisfies(l -> {
            assertThat(l.source()).isEqualTo(LIST);
            assertThat(l.asListed()).isEqualTo("Kikinda, Serbia – Paris, United States");
            assertThat(l.claim()).contains("Paris (US, us-paris)").contains("not at Paris (FR, fr-paris)");
        });
        assertThat(tie.listingConflicts()).singleElement().satisfies(c -> {
            assertThat(c.about()).isEqualTo(ConflictTopic.PARTNER);
            assertThat(c.claim()).isEqualTo(tie.listings().get(0).claim());
            assertThat(c.sources()).containsExactly(LIST);
        });
        Atlas after = WorldFixture.applied(ATLAS, plan);
        assertThat(after.ties().values()).noneMatch(t -> t.involves("us-paris"));
        assertThat(after.ties()).hasSize(ATLAS.ties().size());
        assertThat(after.tie(KIKINDA_PARIS.id()).orElseThrow().isDisputed()).isTrue();
        assertThat(plan.summary().partnerConflicts()).isEqualTo(1);
        assertThat(plan.summary().tiesNew()).isZero();
    }

    @Test
    void aWikidataStartOtherThanTheCuratedYearIsADateConflict() {
        ListedPlace kikinda = item("Q188803", "Kikinda", "RS");
        ListedPlace narvik = item("Q107356", "Narvik", "NO");
        WorldImport.Plan plan = plan(wikidata(statement(9, kikinda, narvik, PartialDate.year(1967)),
                statement(20, narvik, kikinda, PartialDate.year(1966))));

        Tie tie = tie(plan, KIKINDA_NARVIK.id());
        assertThat(tie.listings()).extracting(Listing::source).containsOnly(ListSource.WIKIDATA.id());
        assertThat(tie.listings()).extracting(Listing::start)
                .containsExactly(PartialDate.year(1967), PartialDate.year(1966));
        assertThat(tie.listingConflicts()).containsExactly(new Conflict(ConflictTopic.DATE,
                "Listed as begun in 1967, not 1966.", List.of(ListSource.WIKIDATA.id())));
        assertThat(tie.established()).isEqualTo(PartialDate.year(1966));
        assertThat(tie.agreements()).isEqualTo(KIKINDA_NARVIK.agreements());
        assertThat(plan.findings()).as("stated on both sides, placed by QID").isEmpty();
    }

    @Test
    void anUnplaceableNameIsAFindingWithFileLineAndReason() {
        WorldImport.Plan plan = plan(lists(row(7, named("Kikinda", "Serbia"), named("Atlantis", "Greece"))));

        assertThat(plan.findings()).containsExactly(new ImportFinding(LIST, ImportFinding.Kind.UNPLACED,
                pairsFile.toString(), 7, "Atlantis", "Greece", "no place of that name", List.of()));
        assertThat(plan.changes().ties()).isEmpty();
        assertThat(plan.summary().rowsUnplaced()).isEqualTo(1);
        assertThat(plan.summary().pairsPlaced()).isZero();
        assertThat(WorldFixture.applied(ATLAS, plan).findings(ImportFinding.Kind.UNPLACED))
                .isEqualTo(plan.findings());
    }

    @Test
    void aRowWithBothSidesUnplacedIsOneUnplacedRowWithAFindingForEachSide() {
        WorldImport.Plan plan = plan(lists(row(2, named("Atlantis", "Greece"), named("Lemuria", "Greece")),
                row(3, named("Kikinda", "Serbia"), named("Szeged", "Hungary"))));

        assertThat(plan.findings()).extracting(ImportFinding::line, ImportFinding::subject).containsExactly(
                org.assertj.core.api.Assertions.tuple(2L, "Atlantis"), org.assertj.core.api.Assertions.tuple(2L, "Lemuria"));
        assertThat(plan.summary().rows()).isEqualTo(2);
        assertThat(plan.summary().pairsPlaced()).isEqualTo(1);
        assertThat(plan.summary().rowsUnplaced()).isEqualTo(1);
    }

    @Test
    void aStatementMadeOnOneSideOnlyIsExactlyOneFinding() {
        ListedPlace kikinda = item("Q188803", "Kikinda", "RS");
        ListedPlace narvik = item("Q107356", "Narvik", "NO");
        ListedPlace szeged = item("Q81581", "Szeged", "HU");
        WorldImport.Plan plan = plan(wikidata(statement(9, kikinda, narvik, null),
                statement(12, kikinda, szeged, null), statement(20, narvik, kikinda, null),
                statement(31, kikinda, szeged, null)));

        assertThat(plan.findings()).containsExactly(new ImportFinding(ListSource.WIKIDATA.id(),
                ImportFinding.Kind.ONE_SIDED, wikidataFile.toString(), 12, "Kikinda (Q188803) → Szeged (Q81581)", null,
                "Szeged (Q81581) does not state Kikinda (Q188803) as its twin", List.of()));
        assertThat(plan.summary().oneSided()).isEqualTo(1);
        assertThat(tie(plan, "hu-szeged--rs-kikinda").listedOnly()).as("still listed").isTrue();
        assertThat(tie(plan, "hu-szeged--rs-kikinda").listings()).singleElement().satisfies(l -> {
            assertThat(l.statedBy()).isEqualTo("rs-kikinda");
            assertThat(l.items()).isEqualTo(Map.of("rs-kikinda", "Q188803", "hu-szeged", "Q81581"));
        });
        assertThat(tie(plan, "no-narvik--rs-kikinda").listings()).extracting(Listing::statedBy)
                .as("a statement on each item").containsExactlyInAnyOrder("rs-kikinda", "no-narvik");
        assertThat(plan(lists(row(2, named("Kikinda", "Serbia"), named("Szeged", "Hungary")))).changes().ties()
                .get(0).listings()).singleElement().satisfies(l -> {
                    assertThat(l.statedBy()).as("a list of pairs states no side").isNull();
                    assertThat(l.items()).isEmpty();
                });
    }

    @Test
    void anUndirectedListHasNoOneSidedPairs() {
        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"), named("Szeged", "Hungary"))));

        assertThat(plan.findings()).isEmpty();
    }

    @Test
    void theListsOwnPointDecidesBetweenNamesakesTheResolverCannotTellApart() {
        // the precondition: two Aleksandrovos of similar size make the resolver hesitate
        assertThat(WorldFixture.resolver(ATLAS).resolve("Aleksandrovo", "Bulgaria").reason()).startsWith("ambiguous");

        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"),
                at("Aleksandrovo", "Bulgaria", 42.65, 26.05))));

        City placed = city(plan, "bg-aleksandrovo");
        assertThat(placed.geonamesId()).as("the southern one, 6 km from the point")
                .isEqualTo(WorldFixture.ALEKSANDROVO_SOUTH.geonameId());
        assertThat(placed.location()).as("the gazetteer's point, not the list's")
                .isEqualTo(WorldFixture.ALEKSANDROVO_SOUTH.location());
        assertThat(tie(plan, "bg-aleksandrovo--rs-kikinda").listedOnly()).isTrue();
    }

    @Test
    void withoutAPointOrWithOneFarFromEveryNamesakeTheHesitationIsAFindingWithTheCandidates() {
        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"), named("Aleksandrovo", "Bulgaria")),
                row(3, named("Szeged", "Hungary"), at("Aleksandrovo", "Bulgaria", 42.95, 25.55))));

        assertThat(plan.findings()).hasSize(2).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ImportFinding.Kind.UNPLACED);
            assertThat(f.subject()).isEqualTo("Aleksandrovo");
            assertThat(f.reason()).startsWith("ambiguous");
            assertThat(f.candidates()).hasSize(2).anySatisfy(c -> assertThat(c).startsWith("geonames:900001"))
                    .anySatisfy(c -> assertThat(c).startsWith("geonames:900002"));
        });
        assertThat(plan.findings()).extracting(ImportFinding::line).containsExactly(2L, 3L);
        assertThat(plan.changes().ties()).isEmpty();
    }

    @Test
    void aPointWithinReachOfTwoNamesakesDecidesNothing() {
        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"), at("Novo Selo", "Bulgaria", 43.0, 25.125))));

        assertThat(plan.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("Novo Selo");
            assertThat(f.reason()).startsWith("ambiguous");
        });
        assertThat(plan.changes().cities()).isEmpty();
    }

    @Test
    void theListsPointNeverOverrulesAConfidentAnswer() {
        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"),
                at("Brestovac", "Serbia", 44.41, 19.31))));

        assertThat(city(plan, "rs-brestovac").geonamesId()).isEqualTo(WorldFixture.BRESTOVAC_BIG.geonameId());
    }

    @Test
    void aNameTheGazetteerLacksIsPlacedOnTheListsPointInsideItsCountryCitingOnlyTheList() {
        Coordinates mokrin = new Coordinates(45.933, 20.417);
        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"),
                at("Mokrin", "Serbia", mokrin.lat(), mokrin.lon()))));

        City city = city(plan, "rs-mokrin");
        assertThat(city.location()).isEqualTo(mokrin);
        assertThat(city.country()).isEqualTo("RS");
        assertThat(city.displayName()).isEqualTo("Mokrin");
        assertThat(city.sources()).containsExactly(LIST);
        assertThat(city.geonamesId()).isNull();
        assertThat(city.wikidataId()).isNull();
        assertThat(tie(plan, "rs-kikinda--rs-mokrin").listings())
                .containsExactly(listing("Kikinda, Serbia – Mokrin, Serbia"));
    }

    @Test
    void aNameTheGazetteerLacksWithAPointOutsideItsCountryStaysUnplaced() {
        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"), at("Mokrin", "Serbia", 41.0, 12.0)),
                row(3, named("Kikinda", "Serbia"), at("Mokrin", "Atlantis", 45.933, 20.417))));

        assertThat(plan.findings()).extracting(ImportFinding::line, ImportFinding::reason).containsExactly(
                org.assertj.core.api.Assertions.tuple(2L, "no place of that name"),
                org.assertj.core.api.Assertions.tuple(3L, "no place of that name"));
        assertThat(plan.changes().cities()).isEmpty();
    }

    @Test
    void aRowWhoseSidesArePlacedOnOneCityIsAFinding() {
        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"), named("Nagykikinda", "Serbia"))));

        assertThat(plan.findings()).containsExactly(new ImportFinding(LIST, ImportFinding.Kind.UNPLACED,
                pairsFile.toString(), 2, "Kikinda, Serbia – Nagykikinda, Serbia", null,
                "both sides placed on the same city rs-kikinda", List.of()));
        assertThat(plan.changes().ties()).isEmpty();
        assertThat(plan.summary().rowsUnplaced()).isEqualTo(1);
    }

    @Test
    void aWikidataItemTheGazetteerLacksBecomesACityOnItsOwnPointWithItsQid() {
        ListedPlace mokrin = new ListedPlace("Mokrin", "RS", "Q1012345", new Coordinates(45.933, 20.417), 4600L,
                Map.of("en", "Mokrin", "sr-Cyrl", "Мокрин"));
        ListedPlace kikinda = item("Q188803", "Kikinda", "RS");
        WorldImport.Plan plan = plan(wikidata(statement(3, kikinda, mokrin, null), statement(8, mokrin, kikinda, null)));

        City city = city(plan, "rs-mokrin");
        assertThat(city.wikidataId()).isEqualTo("Q1012345");
        assertThat(city.names()).isEqualTo(Map.of("en", "Mokrin", "sr-Cyrl", "Мокрин"));
        assertThat(city.location()).isEqualTo(mokrin.point());
        assertThat(city.population().count()).isEqualTo(4600);
        assertThat(city.sources()).containsExactly(ListSource.WIKIDATA.id());
        assertThat(tie(plan, "rs-kikinda--rs-mokrin").listings()).hasSize(2);

        Atlas after = WorldFixture.applied(ATLAS, plan);
        WorldImport.Plan again = WorldImport.plan(after, GAZETTEER, WorldFixture.resolver(after),
                List.of(wikidata(statement(3, kikinda, mokrin, null), statement(8, mokrin, kikinda, null))),
                LocalDate.now());
        assertThat(again.changes().cities()).as("placed by its QID on the city the first import made").isEmpty();
        assertThat(again.changes().ties()).containsExactlyElementsOf(plan.changes().ties());
    }

    @Test
    void newCitiesHaveReadableIdsAndTheSmallerNamesakeADistinguishingSuffixWhateverTheOrder() {
        ListedPair north = row(2, named("Kikinda", "Serbia"), at("Aleksandrovo", "Bulgaria", 43.26, 24.98));
        ListedPair south = row(3, named("Szeged", "Hungary"), at("Aleksandrovo", "Bulgaria", 42.61, 26.09));

        for (WorldImport.Plan plan : List.of(plan(lists(north, south)), plan(lists(south, north)))) {
            assertThat(plan.changes().cities()).extracting(City::id)
                    .containsExactlyInAnyOrder("hu-szeged", "bg-aleksandrovo", "bg-aleksandrovo-900002");
            assertThat(city(plan, "bg-aleksandrovo").geonamesId()).as("the bigger one takes the plain id")
                    .isEqualTo(WorldFixture.ALEKSANDROVO_NORTH.geonameId());
            assertThat(city(plan, "bg-aleksandrovo-900002").geonamesId())
                    .isEqualTo(WorldFixture.ALEKSANDROVO_SOUTH.geonameId());
            assertThat(plan.changes().ties()).extracting(Tie::id).containsExactlyInAnyOrder(
                    "bg-aleksandrovo--rs-kikinda", "bg-aleksandrovo-900002--hu-szeged");
        }
    }

    @Test
    void theCuratedAtlasLeavesOutWhatListsMade() {
        WorldImport.Plan plan = plan(lists(row(2, named("Kikinda", "Serbia"), named("Szeged", "Hungary")),
                row(3, named("Kikinda", "Serbia"), named("Narvik", "Norway"))));
        Atlas after = WorldFixture.applied(ATLAS, plan);

        Atlas curated = WorldImport.curated(after);

        assertThat(curated.cities()).containsOnlyKeys(ATLAS.cities().keySet());
        assertThat(curated.ties()).containsOnlyKeys(ATLAS.ties().keySet());
        assertThat(curated.ties().get(KIKINDA_NARVIK.id()).listings()).as("a curated tie keeps its listings")
                .hasSize(1);
    }
}
