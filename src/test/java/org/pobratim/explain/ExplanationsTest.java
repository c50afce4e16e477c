package org.pobratim.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pobratim.explain.Fixtures.NEWS;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.LocalizedText;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;

/** The rankings and the report over a small atlas: order, ties of equal score, the country filter, the counts. */
class ExplanationsTest {
    private static final City BELGRADE = Fixtures.serbian("beograd", "Belgrade", 44.8, 20.46, "Grad Beograd", null);
    private static final City COVENTRY = Fixtures.city("GB", "coventry", "Coventry", 52.41, -1.51);
    private static final City FUJIMI = Fixtures.city("JP", "fujimi", "Fujimi", 35.86, 139.55);
    private static final City SALT = Fixtures.city("JO", "al-salt", "Al Salt", 32.04, 35.73);
    private static final City LYON = Fixtures.city("FR", "lyon", "Lyon", 45.76, 4.84);
    private static final City MILAN = Fixtures.city("IT", "milan", "Milan", 45.46, 9.19);

    private static Explanations explanations() {
        Tie war = Fixtures.withReasons(Fixtures.tie(BELGRADE, COVENTRY, "1957"), new Reason(ReasonCategory.WAR_MEMORY,
                new LocalizedText("bombed", "bombardovani"), List.of(NEWS.id())));
        Atlas atlas = Fixtures.atlas(List.of(BELGRADE, COVENTRY, FUJIMI, SALT, LYON, MILAN), List.of(war,
                Fixtures.tie(BELGRADE, FUJIMI, "1990"), Fixtures.tie(BELGRADE, SALT, "unknown"),
                Fixtures.tie(LYON, MILAN, "2001")));
        return new Explanations(atlas, Borders.NONE, 2026);
    }

    @Test
    void theLeastExplainedComeFirstAndAmongEqualScoresTheFarthest() {
        Explanations e = explanations();
        List<Explanations.Ranked> ranking = e.ranking(Explanations.Order.INEXPLICABLE, "RS", 10);
        assertThat(ranking).extracting(r -> r.tie().id())
                .containsExactly("jp-fujimi--rs-beograd", "jo-al-salt--rs-beograd", "gb-coventry--rs-beograd");
        assertThat(ranking).extracting(Explanations.Ranked::rank).containsExactly(1, 2, 3);
        assertThat(e.ranking(Explanations.Order.EXPLAINED, "RS", 1)).singleElement()
                .extracting(r -> r.tie().id()).isEqualTo("gb-coventry--rs-beograd");
        assertThat(e.ranking(Explanations.Order.EXPLAINED, null, 10)).as("all ties without a country").hasSize(4);
        assertThat(e.ranking(Explanations.Order.EXPLAINED, "FR", 10)).extracting(r -> r.tie().id())
                .containsExactly("fr-lyon--it-milan");
    }

    @Test
    void theReportCountsEveryTieOnceByLivenessAndByExplanation() {
        ExplainReport report = explanations().report("RS");
        assertThat(report.ties()).isEqualTo(3);
        assertThat(report.count(Liveness.PAPER_ONLY)).isEqualTo(3);
        assertThat(report.basis()).containsEntry(Explanation.Basis.DOCUMENTED, 1)
                .containsEntry(Explanation.Basis.NONE, 2).containsEntry(Explanation.Basis.COMPUTED, 0);
        assertThat(report.mostOnlyFormally()).isTrue();
        assertThat(report.onlyFormallyAnswer()).startsWith("Of 3 ties, 3 (100.0 %) show nothing recorded after")
                .contains("since 2021").endsWith("no recorded activity is not proof of none.");
    }

    @Test
    void twoIdsOfOneAddressAreOneSourceNotACorroboration() {
        Source copy = new Source("news-copy", NEWS.url(), "the same page", null, NEWS.published(), NEWS.accessed(),
                "en", SourceTier.SECONDARY);
        Map<String, Source> sources = Map.of(NEWS.id(), NEWS, copy.id(), copy, Fixtures.NEWS2.id(), Fixtures.NEWS2);
        assertThat(Features.independent(List.of(NEWS.id(), copy.id()), sources)).isEqualTo(1);
        assertThat(Features.independent(List.of(NEWS.id(), copy.id(), Fixtures.NEWS2.id()), sources)).isEqualTo(2);
    }
}
