package org.pobratim.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pobratim.explain.Fixtures.NEWS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieState;
import org.pobratim.atlas.TieStatus;

/** A tie's liveness from its record, reckoned from a reference year. */
class LivenessRuleTest {
    private static final int YEAR = 2026;
    private static final City A = Fixtures.serbian("a", "A", 45, 20, "D", null);
    private static final City B = Fixtures.city("HU", "b", "B", 46, 20);
    private static final Tie SIGNED = Fixtures.tie(A, B, "1990");
    private static final Atlas ATLAS = Fixtures.atlas(List.of(A, B), List.of());

    private static LivenessVerdict judge(Tie tie) {
        return LivenessRule.judge(tie, ATLAS.sources(), YEAR);
    }

    @Test
    void anAgreementAndNothingAfterIsPaperOnly() {
        LivenessVerdict verdict = judge(SIGNED);
        assertThat(verdict.state()).isEqualTo(Liveness.PAPER_ONLY);
        assertThat(verdict.signs()).isEmpty();
        assertThat(verdict.lastSign().isKnown()).isFalse();
    }

    @Test
    void activityWithinFiveYearsIsLivingAndOlderActivityDormant() {
        Tie recent = Fixtures.with(SIGNED, SIGNED.agreements(), TieStatus.UNKNOWN,
                List.of(Fixtures.activity("2003"), Fixtures.activity("2021-05")));
        assertThat(judge(recent).state()).isEqualTo(Liveness.LIVING);
        assertThat(judge(recent).lastSign()).isEqualTo(PartialDate.parse("2021-05"));
        assertThat(judge(recent).signs()).extracting(LivenessVerdict.Sign::date)
                .containsExactly(PartialDate.parse("2021-05"), PartialDate.parse("2003"));
        Tie old = Fixtures.with(SIGNED, SIGNED.agreements(), TieStatus.UNKNOWN, List.of(Fixtures.activity("2020")));
        assertThat(judge(old).state()).as("2020 is six years before 2026").isEqualTo(Liveness.DORMANT);
        Tie undated = Fixtures.with(SIGNED, SIGNED.agreements(), TieStatus.UNKNOWN,
                List.of(Fixtures.activity("unknown")));
        assertThat(judge(undated).state()).isEqualTo(Liveness.DORMANT);
        assertThat(judge(undated).evidence()).isEqualTo("signs of life, none dated");
    }

    @Test
    void aLaterAgreementIsARenewal() {
        List<Agreement> renewed = List.of(SIGNED.agreements().get(0),
                new Agreement(AgreementKind.COOPERATION, PartialDate.parse("2023-03"), null, List.of(NEWS.id())));
        LivenessVerdict verdict = judge(Fixtures.with(SIGNED, renewed, TieStatus.UNKNOWN, List.of()));
        assertThat(verdict.state()).isEqualTo(Liveness.LIVING);
        assertThat(verdict.signs()).singleElement().extracting(LivenessVerdict.Sign::kind)
                .isEqualTo(LivenessVerdict.SignKind.RENEWAL);
    }

    @Test
    void whatASourceSaysOfTheStatusComesFirst() {
        TieStatus ended = new TieStatus(TieState.ENDED, PartialDate.parse("2016"), null, List.of(NEWS.id()));
        Tie endedButActive = Fixtures.with(SIGNED, SIGNED.agreements(), ended, List.of(Fixtures.activity("2024")));
        assertThat(judge(endedButActive).state()).isEqualTo(Liveness.ENDED);
        assertThat(judge(endedButActive).evidence()).isEqualTo("a source says it ended in 2016");
        TieStatus suspended = new TieStatus(TieState.SUSPENDED, PartialDate.UNKNOWN, null, List.of(NEWS.id()));
        assertThat(judge(Fixtures.with(SIGNED, SIGNED.agreements(), suspended, List.of())).state())
                .isEqualTo(Liveness.SUSPENDED);
        TieStatus formal = new TieStatus(TieState.FORMAL_ONLY, PartialDate.UNKNOWN, null, List.of(NEWS.id()));
        assertThat(judge(Fixtures.with(SIGNED, SIGNED.agreements(), formal, List.of())).evidence())
                .isEqualTo("a source says it exists only formally");
        TieStatus active = new TieStatus(TieState.ACTIVE, PartialDate.parse("2022"), null, List.of(NEWS.id()));
        assertThat(judge(Fixtures.with(SIGNED, SIGNED.agreements(), active, List.of())).state())
                .as("the sources are undated: the status's own date counts").isEqualTo(Liveness.LIVING);
    }

    @Test
    void aTieOnlyListsNameIsUnknownAndTheReferenceYearMatters() {
        Tie listed = new Tie(A.id(), B.id(), List.of(), TieStatus.UNKNOWN, List.of(), List.of(), List.of(),
                List.of(new Listing(Fixtures.LIST.id(), "A – B", PartialDate.UNKNOWN, PartialDate.UNKNOWN, null)));
        assertThat(judge(listed).state()).isEqualTo(Liveness.UNKNOWN);
        Tie visited = Fixtures.with(SIGNED, SIGNED.agreements(), TieStatus.UNKNOWN, List.of(Fixtures.activity("2021")));
        assertThat(LivenessRule.judge(visited, ATLAS.sources(), 2026).state()).isEqualTo(Liveness.LIVING);
        assertThat(LivenessRule.judge(visited, ATLAS.sources(), 2027).state()).isEqualTo(Liveness.DORMANT);
    }
}
