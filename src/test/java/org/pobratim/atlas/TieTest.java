package org.pobratim.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TieTest {
    private static Agreement agreement(AgreementKind kind, String date) {
        return new Agreement(kind, PartialDate.parse(date), null, List.of("s"));
    }

    @Test
    void pairIsUnorderedAndIdIsCanonical() {
        Tie ab = new Tie("rs-kikinda", "no-narvik", List.of(agreement(AgreementKind.FRIENDSHIP, "1966")), null, null, null, null);
        Tie ba = new Tie("no-narvik", "rs-kikinda", List.of(agreement(AgreementKind.FRIENDSHIP, "1966")), null, null, null, null);
        assertThat(ab).isEqualTo(ba);
        assertThat(ab.id()).isEqualTo("no-narvik--rs-kikinda").isEqualTo(Tie.idOf("rs-kikinda", "no-narvik"));
        assertThat(ab.partnerOf("rs-kikinda")).contains("no-narvik");
        assertThat(ab.partnerOf("no-narvik")).contains("rs-kikinda");
        assertThat(ab.partnerOf("rs-nis")).isEmpty();
    }

    @Test
    void aCityCannotBeTiedToItself() {
        assertThatThrownBy(() -> new Tie("rs-nis", "rs-nis", List.of(agreement(AgreementKind.TWINNING, "1920")),
                null, null, null, null)).hasMessageContaining("itself");
    }

    @Test
    void establishedIsTheEarliestDatedAgreementAndReasonDefaultsToUnknown() {
        Tie tie = new Tie("rs-kikinda", "no-narvik", List.of(agreement(AgreementKind.COOPERATION, "2018"),
                agreement(AgreementKind.OTHER, "unknown"), agreement(AgreementKind.FRIENDSHIP, "1966")),
                null, null, null, null);
        assertThat(tie.established()).isEqualTo(PartialDate.year(1966));
        assertThat(tie.firstKind()).contains(AgreementKind.FRIENDSHIP);
        assertThat(tie.reasonCategories()).containsExactly(ReasonCategory.UNKNOWN);
        assertThat(tie.status().state()).isEqualTo(TieState.UNKNOWN);
    }

    @Test
    void aTieCitesEverySourceOnceInOrderAndIsDisputedWhenSourcesDisagree() {
        Tie tie = new Tie("rs-kikinda", "no-narvik", List.of(agreement(AgreementKind.FRIENDSHIP, "1966-05")),
                new TieStatus(TieState.ACTIVE, PartialDate.year(2017), "renewed", List.of("s")),
                List.of(new Reason(ReasonCategory.WAR_MEMORY, new LocalizedText("War.", "Rat."), List.of("s"))),
                List.of(), List.of(new Conflict(ConflictTopic.KIND, "twinning charter", List.of("t"))));
        assertThat(tie.isDisputed()).isTrue();
        assertThat(tie.sourceIds()).containsExactly("s", "t");
        assertThat(tie.id()).isEqualTo("no-narvik--rs-kikinda");
    }

    @Test
    void aListedStartIsADateConflictOnlyWhenItCannotBeTheEstablishedYear() {
        List<Listing> listings = List.of(new Listing("list", "Kikinda – Narvik", PartialDate.year(1966), null, null),
                new Listing("list", "Narvik – Kikinda", PartialDate.year(1971), null, null));
        Tie inADecade = new Tie("rs-kikinda", "no-narvik", List.of(agreement(AgreementKind.FRIENDSHIP, "1960s")),
                null, null, null, null, listings);
        Tie inAYear = new Tie("rs-kikinda", "no-narvik", List.of(agreement(AgreementKind.FRIENDSHIP, "1966-05")),
                null, null, null, null, listings);

        assertThat(inADecade.listingConflicts()).containsExactly(new Conflict(ConflictTopic.DATE,
                "Listed as begun in 1971, not 1960s.", List.of("list")));
        assertThat(inAYear.listingConflicts()).containsExactly(new Conflict(ConflictTopic.DATE,
                "Listed as begun in 1971, not 1966-05.", List.of("list")));
    }
}
