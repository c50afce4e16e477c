package org.pobratim.web.api;

import java.util.List;
import java.util.Map;
import org.pobratim.atlas.ArticleAnswers;
import org.pobratim.atlas.AtlasStats;
import org.pobratim.atlas.DataQuality;
import org.pobratim.explain.ExplainReport;
import org.pobratim.search.SearchEntry;
import org.pobratim.search.SearchHit;

/** The JSON shapes of API v1's health, statistics, answers, quality report and search (docs/api-v1.md). */
final class ApiReports {
    private ApiReports() {
    }

    /**
     * {@code status}: ok, or degraded when the store does not answer (reads go on from the snapshot, writes are
     * refused); {@code version}: the snapshot's.
     */
    record Health(String status, long version, int cities, int ties, int sources, StoreHealth store) {
    }

    /** The store: its kind (h2, postgresql), up or down, and why it is down. */
    record StoreHealth(String kind, String state, String problem) {
    }

    /** Counts over the ties of the atlas or of one country. */
    record StatsView(String country, int cities, int ties, Map<String, Long> byPartnerCountry,
                     Map<String, Long> byDecade, Map<String, Long> byKind, Map<String, Long> byReason,
                     Map<String, Long> byStatus, List<String> oldest) {
        static StatsView of(AtlasStats s) {
            return new StatsView(s.country(), s.cities(), s.ties(), s.byPartnerCountry(), s.byDecade(), s.byKind(),
                    s.byReason(), s.byStatus(), s.oldest());
        }
    }

    record RankedView(String id, long count) {
        static List<RankedView> of(List<ArticleAnswers.Ranked> ranking) {
            return ranking.stream().map(r -> new RankedView(r.id(), r.count())).toList();
        }
    }

    /** The article's questions, answered from the data. */
    record AnswersView(List<String> oldestTies, String oldestYear, List<RankedView> mostTies,
                       List<RankedView> partnerCountries, int serbianUnits, int serbianUnitsWithGreekPartner,
                       int serbianUnitsOutsideKosovo, int outsideKosovoWithGreekPartner, int ties,
                       int tiesWithUnknownReason, boolean mostOnlyFormally, String onlyFormally) {
        static AnswersView of(ArticleAnswers a, ExplainReport serbian) {
            return new AnswersView(a.oldestTies(), a.oldestYear(), RankedView.of(a.mostTies()),
                    RankedView.of(a.partnerCountries()), a.serbianUnits(), a.serbianUnitsWithGreekPartner(),
                    a.serbianUnitsOutsideKosovo(), a.outsideKosovoWithGreekPartner(), a.ties(),
                    a.tiesWithUnknownReason(), serbian.mostOnlyFormally(), serbian.onlyFormallyAnswer());
        }
    }

    record FindingView(String subject, String message) {
        static List<FindingView> of(List<DataQuality.Finding> findings) {
            return findings.stream().map(f -> new FindingView(f.subject(), f.message())).toList();
        }
    }

    /**
     * The data-quality report, with the counts of one country's ties, and their liveness and explanation (the
     * article's "only formally" answered).
     */
    record QualityReport(StatsView counts, List<String> tiesWithoutYear, List<String> tiesWithoutReason,
                         List<String> disputedTies, List<FindingView> suspectedDuplicates,
                         List<FindingView> doubtfulCoordinates, List<String> sourcesCitedOnce,
                         List<FindingView> errors, boolean gazetteerChecked,
                         ExplainViews.ExplainReportView explanation) {
        static QualityReport of(DataQuality q, AtlasStats counts, ExplainReport explained) {
            return new QualityReport(StatsView.of(counts), q.tiesWithoutYear(), q.tiesWithoutReason(),
                    q.disputedTies(), FindingView.of(q.suspectedDuplicates()), FindingView.of(q.doubtfulCoordinates()),
                    q.sourcesCitedOnce(), FindingView.of(q.errors()), q.gazetteerChecked(),
                    ExplainViews.ExplainReportView.of(explained));
        }
    }

    /** One search result: what was found, which of its names matched and how. */
    record SearchItem(String id, String kind, String name, String matchedName, String match, String country,
                      double lat, double lon, int ties, long population) {
        static SearchItem of(SearchHit hit) {
            SearchEntry e = hit.entry();
            return new SearchItem(e.id(), e.kind() == SearchEntry.Kind.CITY ? "city" : "place", e.name(),
                    hit.matchedName(), hit.match(), e.country(), e.location().lat(), e.location().lon(), e.ties(),
                    e.population());
        }
    }

    record SearchResults(String query, List<SearchItem> items) {
    }
}
