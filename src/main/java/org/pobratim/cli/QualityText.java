package org.pobratim.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pobratim.atlas.ArticleAnswers;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.AtlasStats;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.DataQuality;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieQuery;
import org.pobratim.explain.ExplainReport;

/** The data-quality report as plain text (terminal) or Markdown (docs/data-quality.md). */
final class QualityText {
    private static final int SHOWN = 30;

    private QualityText() {
    }

    static String plain(DataQuality q, AtlasStats counts, ArticleAnswers a, ExplainReport e) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%d ties; by kind %s; by status %s; by decade %s%n", counts.ties(),
                counts.byKind(), counts.byStatus(), counts.byDecade()));
        s.append(String.format("by partner country %s%n", counts.byPartnerCountry()));
        s.append(section("ties without a year", q.tiesWithoutYear()));
        s.append(section("ties without a reason", q.tiesWithoutReason()));
        s.append(section("disputed ties (sources disagree)", q.disputedTies()));
        s.append(findings("suspected duplicates", q.suspectedDuplicates()));
        s.append(q.gazetteerChecked() ? findings("doubtful coordinates", q.doubtfulCoordinates())
                : "doubtful coordinates: not checked (no --gazetteer)\n");
        s.append(section("sources cited once", q.sourcesCitedOnce()));
        s.append(findings("HARD ERRORS", q.errors()));
        s.append(String.format("ties by liveness (as of %d) %s%n", e.referenceYear(), coded(e.liveness())));
        s.append(String.format("ties by explanation (documented / computed only / none) %s%n", coded(e.basis())));
        s.append("\nThe article's questions:\n");
        a.sentences().forEach(line -> s.append("  ").append(line).append('\n'));
        s.append("  ").append(e.onlyFormallyAnswer()).append('\n');
        return s.toString();
    }

    private static String section(String title, List<String> items) {
        return String.format("%s: %d%s%n", title, items.size(), items.isEmpty() ? ""
                : " — " + items.stream().limit(SHOWN).collect(Collectors.joining(", "))
                + (items.size() > SHOWN ? ", ..." : ""));
    }

    private static String findings(String title, List<DataQuality.Finding> items) {
        StringBuilder s = new StringBuilder(String.format("%s: %d%n", title, items.size()));
        items.forEach(f -> s.append("  ").append(f.subject()).append(": ").append(f.message()).append('\n'));
        return s.toString();
    }

    static String markdown(DataQuality q, AtlasStats counts, ArticleAnswers a, Atlas atlas, ExplainReport e) {
        StringBuilder s = new StringBuilder();
        s.append("# Data quality of the bundled dataset\n\n");
        s.append("Written by `./pobratim check --markdown --gazetteer target/datasets/cities1000.txt`; CI runs the "
                + "same check and fails on hard errors.\n\n");
        s.append("## The article's questions, answered from the data\n\n");
        a.sentences().forEach(line -> s.append("* ").append(line).append('\n'));
        s.append("* Most ties \"exist only formally\"? ").append(e.onlyFormallyAnswer()).append('\n');
        s.append("\n## Counts\n\n");
        s.append(String.format("%d cities, %d ties, %d sources.%n%n", atlas.cities().size(), counts.ties(),
                atlas.sources().size()));
        table(s, "Kind of the first agreement", counts.byKind());
        table(s, "Status", counts.byStatus());
        table(s, "Decade established", counts.byDecade());
        table(s, "Reason", counts.byReason());
        table(s, "Liveness (as of " + e.referenceYear() + ", docs/explain.md)", coded(e.liveness()));
        table(s, "Explained (documented: a source gives a reason; computed: the atlas's evidence only)",
                coded(e.basis()));
        s.append("\n## To review\n\n");
        s.append(String.format("* ties without a year: %d%n", q.tiesWithoutYear().size()));
        s.append(String.format("* ties without a reason: %d%n", q.tiesWithoutReason().size()));
        s.append(String.format("* disputed ties: %d — %s%n", q.disputedTies().size(), String.join(", ",
                q.disputedTies())));
        s.append(String.format("* sources cited once: %d%n", q.sourcesCitedOnce().size()));
        s.append(String.format("* suspected duplicates: %d%n", q.suspectedDuplicates().size()));
        q.suspectedDuplicates().forEach(f -> s.append("  * ").append(f.subject()).append(": ").append(f.message())
                .append('\n'));
        s.append(String.format("* doubtful coordinates: %s%n", q.gazetteerChecked()
                ? String.valueOf(q.doubtfulCoordinates().size()) : "not checked"));
        q.doubtfulCoordinates().forEach(f -> s.append("  * ").append(f.subject()).append(": ").append(f.message())
                .append('\n'));
        s.append(String.format("* hard errors: %d%n", q.errors().size()));
        q.errors().forEach(f -> s.append("  * ").append(f.subject()).append(": ").append(f.message()).append('\n'));
        return s.toString();
    }

    private static void table(StringBuilder s, String title, Map<String, Long> counts) {
        s.append("| ").append(title).append(" | ties |\n| --- | --- |\n");
        counts.forEach((k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        s.append('\n');
    }

    /** Counts by code, in the enum's order. */
    private static <K extends Enum<K> & Coded> Map<String, Long> coded(Map<K, Integer> counts) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        counts.forEach((k, v) -> byCode.put(k.code(), (long) v));
        return byCode;
    }

    /** How much of what the explanation and liveness need the Serbian ties and units have (issue 11's targets). */
    static String coverage(Atlas atlas, boolean markdown) {
        List<Tie> ties = atlas.findTies(TieQuery.ofCountry(Serbia.CODE), 0, Integer.MAX_VALUE).items();
        long dated = ties.stream().filter(t -> t.established().isKnown()).count();
        long reasoned = ties.stream().filter(t -> !t.reasonCategories().equals(Set.of(ReasonCategory.UNKNOWN)))
                .count();
        long active = ties.stream().filter(t -> !t.activity().isEmpty()).count();
        long units = atlas.cities().values().stream().filter(Serbia::isUnit).count();
        long counted = atlas.cities().values().stream().filter(c -> Serbia.isUnit(c) && c.census() != null).count();
        String line = String.format("Serbian ties with a year %d of %d (%s), with a sourced reason %d (%s), with "
                        + "recorded activity %d (%s); Serbian units with census figures %d of %d (%s)%n",
                dated, ties.size(), percent(dated, ties.size()), reasoned, percent(reasoned, ties.size()), active,
                percent(active, ties.size()), counted, units, percent(counted, units));
        return markdown ? "\n## Coverage\n\n" + line : line;
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + " %";
    }
}
