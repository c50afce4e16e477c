package org.pobratim.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snapshot's lookups an import of lists relies on: by name, by GeoNames id and QID, by unit, by tier. */
class AtlasLookupTest {
    private static Source source(String id, SourceTier tier) {
        return new Source(id, "https://example.org/" + id, "Source " + id, null, null, LocalDate.of(2026, 1, 1), "en",
                tier);
    }

    private static City city(String id, String name, String country, Long geonames, String qid, SerbianAdmin admin,
                             String... alternates) {
        return new City(id, Map.of("en", name), List.of(alternates), country, new Coordinates(45, 20), null, geonames,
                qid, admin, List.of());
    }

    private static final City KIKINDA = new City("rs-kikinda", Map.of("en", "Kikinda", "sr-Cyrl", "Кикинда"),
            List.of("Nagykikinda"), "RS", new Coordinates(45.83, 20.46), null, 789518L, "Q188803",
            new SerbianAdmin(AdminType.CITY, "Severnobanatski"), List.of());
    private static final City MOKRIN = city("rs-mokrin", "Mokrin", "RS", null, null,
            new SerbianAdmin(AdminType.SETTLEMENT, null, "rs-kikinda"));
    private static final City BASAID = city("rs-basaid", "Banatsko Aranđelovo", "RS", null, null,
            new SerbianAdmin(AdminType.SETTLEMENT, null, "rs-kikinda"), "Basaid");
    private static final City NARVIK = city("no-narvik", "Narvik", "NO", 3144987L, "Q107356", null);
    private static final City SZEGED = city("hu-szeged", "Szeged", "HU", 715429L, null, null, "Segedin");
    private static final City SEGEDIN = city("rs-segedin", "Segedin", "RS", null, null, null);

    private static Agreement agreement(String source) {
        return new Agreement(AgreementKind.TWINNING, PartialDate.year(1970), null, List.of(source));
    }

    private static Listing listing(String source) {
        return new Listing(source, "A – B", null, null, null);
    }

    private static Atlas atlas(List<Tie> ties, List<ImportFinding> findings) {
        return new Atlas(1, List.of(source("site", SourceTier.PRIMARY), source("news", SourceTier.SECONDARY),
                source("list", SourceTier.LISTING)), List.of(KIKINDA, MOKRIN, BASAID, NARVIK, SZEGED, SEGEDIN), ties,
                findings);
    }

    @Test
    void citiesAreFoundByAnyOfTheirNamesFoldedAndByTheirIds() {
        Atlas atlas = atlas(List.of(), List.of());

        assertThat(atlas.citiesNamed("КИКИНДА")).containsExactly(KIKINDA);
        assertThat(atlas.citiesNamed("nagykikinda")).containsExactly(KIKINDA);
        assertThat(atlas.citiesNamed("Banatsko Arandjelovo")).as("đ written dj").containsExactly(BASAID);
        assertThat(atlas.citiesNamed("basaid")).containsExactly(BASAID);
        assertThat(atlas.citiesNamed("Segedin")).containsExactlyInAnyOrder(SZEGED, SEGEDIN);
        assertThat(atlas.citiesNamed("Kikind")).as("exact, not a prefix").isEmpty();
        assertThat(atlas.cityOfGeonames(789518)).contains(KIKINDA);
        assertThat(atlas.cityOfGeonames(1)).isEmpty();
        assertThat(atlas.cityOfWikidata("Q107356")).contains(NARVIK);
        assertThat(atlas.cityOfWikidata("Q1")).isEmpty();
    }

    @Test
    void theSettlementsOfAUnitAreItsChildrenById() {
        Atlas atlas = atlas(List.of(), List.of());

        assertThat(atlas.settlementsOf("rs-kikinda")).containsExactly(BASAID, MOKRIN);
        assertThat(atlas.settlementsOf("rs-mokrin")).isEmpty();
    }

    @Test
    void aTiesTierIsTheBestOfTheSourcesThatEvidenceItNotOfThoseThatDisputeIt() {
        Tie primary = new Tie("rs-kikinda", "no-narvik", List.of(agreement("news")),
                new TieStatus(TieState.ACTIVE, null, null, List.of("site")), null, null, null, List.of(listing("list")));
        Tie secondary = new Tie("rs-kikinda", "hu-szeged", List.of(agreement("news")), null, null, null,
                List.of(new Conflict(ConflictTopic.DATE, "1971", List.of("site"))));
        Tie listed = new Tie("rs-mokrin", "hu-szeged", List.of(), null, null, null, null, List.of(listing("list")));
        Tie unknownSource = new Tie("rs-mokrin", "no-narvik", List.of(agreement("gone")), null, null, null, null);
        Atlas atlas = atlas(List.of(primary, secondary, listed, unknownSource), List.of());

        assertThat(atlas.tier(primary)).isEqualTo(SourceTier.PRIMARY);
        assertThat(atlas.tier(secondary)).isEqualTo(SourceTier.SECONDARY);
        assertThat(atlas.tier(listed)).isEqualTo(SourceTier.LISTING);
        assertThat(atlas.tier(unknownSource)).isEqualTo(SourceTier.LISTING);
        assertThat(listed.listedOnly()).isTrue();
        assertThat(listed.established()).isEqualTo(PartialDate.UNKNOWN);
        assertThat(primary.evidenceSourceIds()).containsExactly("news", "site", "list");
        assertThat(secondary.evidenceSourceIds()).containsExactly("news");
    }

    @Test
    void findingsAreKeptInOrderByKind() {
        ImportFinding first = new ImportFinding("list", ImportFinding.Kind.UNPLACED, "f.csv", 3, "Atlantis", "Greece",
                "no place of that name", null);
        ImportFinding oneSided = new ImportFinding("wd", ImportFinding.Kind.ONE_SIDED, "p.json", 4, "A → B", null,
                "B does not state A", List.of());
        ImportFinding second = new ImportFinding("list", ImportFinding.Kind.UNPLACED, "f.csv", 2, "Mu", null,
                "no place of that name", List.of());
        Atlas atlas = atlas(List.of(), List.of(first, oneSided, second));

        assertThat(atlas.findings(ImportFinding.Kind.UNPLACED)).containsExactly(first, second);
        assertThat(atlas.findings(ImportFinding.Kind.ONE_SIDED)).containsExactly(oneSided);
        assertThat(first.candidates()).isEmpty();
    }
}
