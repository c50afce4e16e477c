package org.pobratim.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.ArticleAnswers;
import org.pobratim.atlas.AtlasStats;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Serbia;
import org.pobratim.explain.ExplainReport;
import org.pobratim.explain.Liveness;
import org.pobratim.explain.LivenessRule;
import org.pobratim.web.pages.Views.Chart;
import org.pobratim.web.pages.Views.Fact;

/** The statistics page: charts of Serbia's ties (by decade, partner country, kind, reason) and the article's answers. */
final class StatsModel {
    private static final int TOP_COUNTRIES = 15;
    private static final int TOP_COUNTRIES_IN_SENTENCE = 10;

    private StatsModel() {
    }

    static Views.StatsPage build(PageParts parts, ArticleAnswers answers) {
        PageText text = parts.text;
        AtlasStats stats = parts.atlas.stats(Serbia.CODE);
        List<Chart> charts = new ArrayList<>();
        charts.add(chart(text.t("stats.byDecade"), stats.byDecade().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Svg.Bar(e.getKey().equals("unknown") ? text.t("date.unknown")
                        : text.t("date.decade", e.getKey().replace("s", "")), e.getValue())).toList()));
        charts.add(chart(text.t("stats.byCountry"), stats.byPartnerCountry().entrySet().stream()
                .limit(TOP_COUNTRIES).map(e -> new Svg.Bar(text.country(e.getKey()), e.getValue())).toList()));
        charts.add(chart(text.t("stats.byKind"), coded(text, stats.byKind(), AgreementKind.class)));
        charts.add(chart(text.t("stats.byReason"), coded(text, stats.byReason(), ReasonCategory.class)));
        ExplainReport report = parts.explanations.report(Serbia.CODE);
        charts.add(chart(text.t("stats.byLiveness"), report.liveness().entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> new Svg.Bar(text.label(e.getKey()), e.getValue())).toList()));
        charts.add(chart(text.t("stats.byExplanation"), report.basis().entrySet().stream()
                .map(e -> new Svg.Bar(text.label(e.getKey()), e.getValue())).toList()));
        return new Views.StatsPage(parts.chrome(text.t("stats.title"), text.t("stats.description"), "/stats"), charts,
                sentences(parts, answers, report));
    }

    private static List<String> sentences(PageParts parts, ArticleAnswers answers, ExplainReport report) {
        PageText text = parts.text;
        List<String> sentences = new ArrayList<>();
        String oldest = answers.oldestTies().stream().map(id -> parts.atlas.tie(id).map(parts::pair).orElse(id))
                .collect(Collectors.joining("; "));
        sentences.add(text.t("stats.oldest", oldest, answers.oldestYear()));
        if (!answers.mostTies().isEmpty()) {
            ArticleAnswers.Ranked top = answers.mostTies().get(0);
            sentences.add(text.t("stats.most", parts.atlas.city(top.id()).map(text::name).orElse(top.id()),
                    top.count()));
        }
        sentences.add(text.t("stats.greek", answers.serbianUnitsWithGreekPartner(), answers.serbianUnits(),
                percent(text, answers.serbianUnitsWithGreekPartner(), answers.serbianUnits()),
                answers.outsideKosovoWithGreekPartner(), answers.serbianUnitsOutsideKosovo()));
        sentences.add(text.t("stats.unknown", answers.tiesWithUnknownReason(), answers.ties(),
                percent(text, answers.tiesWithUnknownReason(), answers.ties())));
        sentences.add(text.t(report.mostOnlyFormally() ? "stats.onlyFormally.holds" : "stats.onlyFormally.not",
                report.ties(), report.count(Liveness.PAPER_ONLY), percent(text, report.count(Liveness.PAPER_ONLY),
                        report.ties()), report.count(Liveness.DORMANT), percent(text, report.count(Liveness.DORMANT),
                        report.ties()), report.count(Liveness.LIVING), percent(text, report.count(Liveness.LIVING),
                        report.ties()), String.valueOf(report.referenceYear() - LivenessRule.RECENT_YEARS)));
        sentences.add(text.t("stats.topCountries", answers.partnerCountries().stream()
                .limit(TOP_COUNTRIES_IN_SENTENCE).map(r -> text.country(r.id()) + " " + r.count())
                .collect(Collectors.joining(", "))));
        return sentences;
    }

    private static <E extends Enum<E> & Coded> List<Svg.Bar> coded(PageText text, Map<String, Long> counts,
                                                                   Class<E> type) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Svg.Bar(Coded.parse(type, e.getKey()).map(text::label)
                        .orElse(e.getKey()), e.getValue())).toList();
    }

    private static Chart chart(String title, List<Svg.Bar> bars) {
        return new Chart(title, Svg.bars(title, bars),
                bars.stream().map(b -> new Fact(b.label(), String.valueOf(b.value()))).toList());
    }

    private static String percent(PageText text, long part, long whole) {
        return whole == 0 ? "–" : String.format(text.lang().locale(), "%.0f %%", 100.0 * part / whole);
    }
}
