package org.pobratim.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;

/**
 * For Wikidata editors: the P190 (twinned administrative body) statements Wikidata lacks for the selected ties, as
 * QuickStatements V1 commands, and a report of every gap and disagreement found ({@link WikidataGaps}).
 *
 * <p>A command is one tab-separated line: {@code Q1 P190 Q2}, then P580 (start time: the first agreement) and, for an
 * ended tie, P582 (end time), then one reference — S854 (reference URL, the best primary or secondary source) and
 * S813 (retrieved: the day the atlas read it). Times are {@code +YYYY-MM-DDT00:00:00Z/P} with Wikidata's precision P
 * (8 decade, 9 year, 10 month, 11 day), the unknown parts zero.
 */
public final class QuickStatements {
    private QuickStatements() {
    }

    public static void write(Selection s, Writer out) {
        List<WikidataGaps.Statement> statements = new ArrayList<>(WikidataGaps.of(s).statements());
        statements.sort(Comparator.comparing((WikidataGaps.Statement st) -> st.tie().id())
                .thenComparing(WikidataGaps.Statement::item));
        try {
            for (WikidataGaps.Statement st : statements) {
                StringBuilder line = new StringBuilder(st.item()).append("\tP190\t").append(st.partner());
                st.start().ifPresent(d -> line.append("\tP580\t").append(time(d)));
                st.end().ifPresent(d -> line.append("\tP582\t").append(time(d)));
                Source ref = st.reference();
                line.append("\tS854\t\"").append(LinkedData.iri(ref.url())).append('"');
                line.append("\tS813\t").append(time(PartialDate.parse(ref.accessed().toString())));
                out.write(line.append('\n').toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date as a QuickStatements time value. */
    static String time(PartialDate d) {
        int precision = switch (d.precision()) {
            case DECADE -> 8;
            case YEAR -> 9;
            case MONTH -> 10;
            case DAY -> 11;
            case UNKNOWN -> throw new IllegalArgumentException("an unknown date has no time value");
        };
        int month = precision >= 10 ? d.month() : 0;
        int day = precision == 11 ? d.day() : 0;
        return String.format(Locale.ROOT, "+%04d-%02d-%02dT00:00:00Z/%d", d.year(), month, day, precision);
    }

    /**
     * The report, CSV: a row per finding — {@code missing} and {@code one-sided} (a statement written), {@code no-item}
     * (a city without a known Wikidata item), {@code no-reference}, {@code ended-undated}, and Wikidata's
     * disagreements {@code start}, {@code end}, {@code partner} — with what the atlas and Wikidata say and the source.
     */
    public static void report(Selection s, Writer out) {
        WikidataGaps gaps = WikidataGaps.of(s);
        List<List<String>> rows = new ArrayList<>();
        for (WikidataGaps.Finding f : gaps.findings()) {
            rows.add(List.of(f.tie().id(), f.tie().cityA(), f.tie().cityB(), orEmpty(gaps.item(f.tie().cityA())),
                    orEmpty(gaps.item(f.tie().cityB())), f.kind(), f.atlas(), f.wikidata(), f.source()));
        }
        rows.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(5))
                .thenComparing(r -> r.get(6)));
        Csv.table(List.of("tie_id", "city_a", "city_b", "item_a", "item_b", "finding", "atlas", "wikidata", "source"),
                rows, out);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
