package org.pobratim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieQuery;
import org.pobratim.atlas.TieState;
import org.pobratim.atlas.TieStatus;

/**
 * QuickStatements and the Wikidata report from an atlas made for them: a tie Wikidata lacks, one it states on one side
 * only, an ended one, one whose city has no known item, one where Wikidata gives another start, a listed-only one;
 * the commands checked by scripts/check_quickstatements.py.
 */
class QuickStatementsTest {
    private static final Source WIKIDATA = new Source("wikidata-p190", "https://www.wikidata.org/wiki/Property:P190",
            "Wikidata P190", "Wikidata", null, LocalDate.parse("2026-10-01"), "en", SourceTier.LISTING);
    private static final Source CITY_SITE = new Source("city-site", "https://city.example/twins \"all\"", "Twins",
            null, null, LocalDate.parse("2026-11-20"), "sr", SourceTier.PRIMARY);
    private static final Source NEWS = new Source("news", "https://news.example/a", "News", null, null,
            LocalDate.parse("2026-11-02"), "en", SourceTier.SECONDARY);
    private static final Source LIST = new Source("a-list", "https://en.wikipedia.org/wiki/List", "List", null, null,
            LocalDate.parse("2026-11-02"), "en", SourceTier.LISTING);

    private static final City ALPHA = city("rs-alpha", "Q11");
    private static final City BETA = city("no-beta", "Q22");
    private static final City GAMMA = city("rs-gamma", null);
    private static final City DELTA = city("de-delta", null);
    private static final City EPSILON = city("fr-epsilon", null);

    @TempDir
    Path dir;

    private static City city(String id, String qid) {
        return new City(id, Map.of("en", id.substring(3)), List.of(), id.substring(0, 2).toUpperCase(),
                new Coordinates(45, 20), null, null, qid, null, List.of());
    }

    private static Tie tie(City a, City b, String date, Source source, TieStatus status, Listing... listings) {
        return new Tie(a.id(), b.id(), List.of(new Agreement(AgreementKind.TWINNING, PartialDate.parse(date), null,
                List.of(source.id()))), status, null, null, null, List.of(listings));
    }

    /** The items Wikidata's statements give: Gamma's and Delta's are known only from them. */
    private static final Map<String, String> ITEMS = Map.of(GAMMA.id(), "Q33", DELTA.id(), "Q44", BETA.id(), "Q22");

    private static Listing stated(City by, City other, String start) {
        return new Listing(WIKIDATA.id(), by.id() + " – " + other.id(), start == null ? null : PartialDate.parse(start),
                null, null, Map.of(by.id(), ITEMS.get(by.id()), other.id(), ITEMS.get(other.id())), by.id());
    }

    private static Atlas atlas() {
        return new Atlas(3, List.of(WIKIDATA, CITY_SITE, NEWS, LIST), List.of(ALPHA, BETA, GAMMA, DELTA, EPSILON),
                List.of(
                        // Wikidata has none of it: both statements, from the primary source, to the day
                        tie(ALPHA, BETA, "1968-05-09", CITY_SITE, null),
                        // Wikidata states it on Gamma's item only (and so names Gamma Q33, Delta Q44): Delta's is
                        // missing; a decade
                        tie(GAMMA, DELTA, "1960s", NEWS, null, stated(GAMMA, DELTA, null)),
                        // ended in 1990: an end time
                        tie(ALPHA, GAMMA, "1975", NEWS, new TieStatus(TieState.ENDED, PartialDate.parse("1990"),
                                null, List.of(NEWS.id()))),
                        // Epsilon has no item anywhere
                        tie(ALPHA, EPSILON, "2001", NEWS, null),
                        // stated both ways, but begun in 1970 says Wikidata, 1968 says the atlas
                        tie(BETA, DELTA, "1968", NEWS, null, stated(BETA, DELTA, "1970"), stated(DELTA, BETA, null)),
                        // only a list names it: nothing to contribute
                        listedOnly()));
    }

    private static Tie listedOnly() {
        return new Tie(BETA.id(), EPSILON.id(), List.of(), null, null, null, null,
                List.of(new Listing(LIST.id(), "Beta – Epsilon", null, null, null)));
    }

    private static String write(ExportFormat format, Atlas atlas, TieQuery query) {
        StringWriter out = new StringWriter();
        format.write(Selection.of(atlas, query), "2026-12-03", out);
        return out.toString();
    }

    @Test
    void theStatementsWikidataLacksWithStartEndAndReference() throws Exception {
        String qs = write(ExportFormat.QUICKSTATEMENTS, atlas(), TieQuery.ALL);
        assertThat(qs.lines().toList()).containsExactly(
                "Q44\tP190\tQ33\tP580\t+1960-00-00T00:00:00Z/8"
                        + "\tS854\t\"https://news.example/a\"\tS813\t+2026-11-02T00:00:00Z/11",
                "Q11\tP190\tQ22\tP580\t+1968-05-09T00:00:00Z/11"
                        + "\tS854\t\"https://city.example/twins%20%22all%22\"\tS813\t+2026-11-20T00:00:00Z/11",
                "Q22\tP190\tQ11\tP580\t+1968-05-09T00:00:00Z/11"
                        + "\tS854\t\"https://city.example/twins%20%22all%22\"\tS813\t+2026-11-20T00:00:00Z/11",
                "Q11\tP190\tQ33\tP580\t+1975-00-00T00:00:00Z/9\tP582\t+1990-00-00T00:00:00Z/9"
                        + "\tS854\t\"https://news.example/a\"\tS813\t+2026-11-02T00:00:00Z/11",
                "Q33\tP190\tQ11\tP580\t+1975-00-00T00:00:00Z/9\tP582\t+1990-00-00T00:00:00Z/9"
                        + "\tS854\t\"https://news.example/a\"\tS813\t+2026-11-02T00:00:00Z/11");
        Path file = dir.resolve("p190.qs");
        Files.writeString(file, qs);
        ExportReaders.Verdict verdict = ExportReaders.checkQuickStatements(file, 5);
        assertThat(verdict.exit()).as(String.join("\n", verdict.lines())).isZero();
    }

    @Test
    void theReportHasEveryGapAndDisagreement() {
        List<String> rows = write(ExportFormat.WIKIDATA_REPORT, atlas(), TieQuery.ALL).lines().toList();
        assertThat(rows.get(0)).isEqualTo("tie_id,city_a,city_b,item_a,item_b,finding,atlas,wikidata,source");
        assertThat(rows.subList(1, rows.size())).containsExactly(
                "de-delta--no-beta,de-delta,no-beta,Q44,Q22,start,1968,1970,https://news.example/a",
                "de-delta--rs-gamma,de-delta,rs-gamma,Q44,Q33,one-sided,Q44 P190 Q33,stated by the other side only,"
                        + "https://news.example/a",
                "fr-epsilon--rs-alpha,fr-epsilon,rs-alpha,,Q11,no-item,no Wikidata item known for fr-epsilon,,"
                        + "https://news.example/a",
                "no-beta--rs-alpha,no-beta,rs-alpha,Q22,Q11,missing,Q11 P190 Q22,no statement,"
                        + "\"https://city.example/twins \"\"all\"\"\"",
                "no-beta--rs-alpha,no-beta,rs-alpha,Q22,Q11,missing,Q22 P190 Q11,no statement,"
                        + "\"https://city.example/twins \"\"all\"\"\"",
                "rs-alpha--rs-gamma,rs-alpha,rs-gamma,Q11,Q33,missing,Q11 P190 Q33,no statement,"
                        + "https://news.example/a",
                "rs-alpha--rs-gamma,rs-alpha,rs-gamma,Q11,Q33,missing,Q33 P190 Q11,no statement,"
                        + "https://news.example/a");
    }

    @Test
    void theFiltersSelectTheTiesAndAnUndatedEndIsReportedNotStated() {
        assertThat(write(ExportFormat.QUICKSTATEMENTS, atlas(), TieQuery.ofCountry("DE")).lines())
                .containsExactly("Q44\tP190\tQ33\tP580\t+1960-00-00T00:00:00Z/8"
                        + "\tS854\t\"https://news.example/a\"\tS813\t+2026-11-02T00:00:00Z/11");
        Atlas undated = new Atlas(1, List.of(WIKIDATA, NEWS), List.of(ALPHA, BETA), List.of(tie(ALPHA, BETA, "1975",
                NEWS, new TieStatus(TieState.ENDED, null, null, List.of(NEWS.id())))));
        assertThat(write(ExportFormat.QUICKSTATEMENTS, undated, TieQuery.ALL)).isEmpty();
        assertThat(write(ExportFormat.WIKIDATA_REPORT, undated, TieQuery.ALL))
                .contains("no-beta--rs-alpha").contains("ended-undated");
    }

    @Test
    void withoutWikidataStatementsTheExportIsRefused() {
        Atlas none = new Atlas(1, List.of(NEWS), List.of(ALPHA, BETA), List.of(tie(ALPHA, BETA, "1975", NEWS, null)));
        for (ExportFormat f : List.of(ExportFormat.QUICKSTATEMENTS, ExportFormat.WIKIDATA_REPORT)) {
            assertThatThrownBy(() -> write(f, none, TieQuery.ALL)).isInstanceOf(ExportRefused.class)
                    .hasMessageContaining("no Wikidata P190 statements").hasMessageContaining("world import");
        }
    }

    @Test
    void theCheckerRefusesMalformedCommands() throws IOException, InterruptedException {
        for (String bad : List.of("Q1\tP190\n", "Q1\tP190\tQ2\tP580\t+1968-05-00T00:00:00Z/9\n",
                "Q1\tP190\tQ2\tS854\t\"https://x\"\tP580\t+1968-00-00T00:00:00Z/9\n",
                "Q1\tP190\tQ2\tS854\t\"https://x\"a\"\n", "Q1\tP190\tQ2\tP580\t+1968-02-30T00:00:00Z/11\n",
                "Q1\tP190\tQ1\n", "q1\tP190\tQ2\n", "Q1\tP190\tQ2", "Q1\tP190\tQ2\nQ1\tP190\tQ2\n")) {
            Path file = dir.resolve("bad.qs");
            Files.writeString(file, bad);
            assertThat(ExportReaders.checkQuickStatements(file, null).exit()).as(bad).isEqualTo(1);
        }
    }
}
