package org.pobratim.web.api;

import java.util.List;
import java.util.Map;
import org.pobratim.atlas.Census;
import org.pobratim.atlas.Coded;
import org.pobratim.explain.ExplainReport;
import org.pobratim.explain.Explanation;
import org.pobratim.explain.Explanations;
import org.pobratim.explain.Feature;
import org.pobratim.explain.LivenessVerdict;

/** How API v1 shows explanations, liveness, rankings and census figures (docs/api-v1.md, docs/explain.md). */
final class ExplainViews {
    private ExplainViews() {
    }

    record FeatureView(String name, Object value, int contribution, String evidence, List<String> sources) {
        static FeatureView of(Feature f) {
            return new FeatureView(f.name().code(), f.value(), f.contribution(), f.evidence(), f.sources());
        }
    }

    /** The score, how the tie is explained (documented, computed, none), and every feature with its contribution. */
    record ExplanationView(int score, String basis, List<FeatureView> features) {
        static ExplanationView of(Explanation e) {
            return new ExplanationView(e.score(), e.basis().code(), e.features().stream().map(FeatureView::of).toList());
        }
    }

    record SignView(String kind, String date, String what, List<String> sources) {
        static SignView of(LivenessVerdict.Sign s) {
            return new SignView(s.kind().code(), s.date().toString(), s.what(), s.sources());
        }
    }

    record LivenessView(String state, String lastSign, String evidence, int referenceYear, List<SignView> signs) {
        static LivenessView of(LivenessVerdict v, int referenceYear) {
            return new LivenessView(v.state().code(), v.lastSign().toString(), v.evidence(), referenceYear,
                    v.signs().stream().map(SignView::of).toList());
        }
    }

    record RankedView(int rank, String id, List<ApiViews.CityRef> cities, int score, String basis, long distanceKm,
                      String established, String liveness) {
    }

    record RankingView(String ranking, String country, int limit, List<RankedView> ties) {
        static RankingView of(String ranking, String country, int limit, List<Explanations.Ranked> ranked,
                              Explanations explanations) {
            return new RankingView(ranking, country, limit, ranked.stream().map(r -> new RankedView(r.rank(),
                    r.tie().id(), ApiViews.cityRefs(r.tie(), explanations.atlas()), r.explanation().score(),
                    r.explanation().basis().code(), r.km(), r.tie().established().toString(),
                    explanations.liveness(r.tie()).state().code())).toList());
        }
    }

    record CensusView(int year, Long total, Map<String, Long> groups, Map<String, Double> percent,
                      List<String> sources, String note) {
        static CensusView of(Census c) {
            return c == null ? null : new CensusView(c.year(), c.total(), Coded.byCode(c.counts()),
                    Coded.byCode(c.percents()),
                    c.sources(), c.note());
        }
    }

    /** Ties by liveness and by how they are explained, and the article's "only formally" answered. */
    record ExplainReportView(String scope, int ties, int referenceYear, Map<String, Integer> liveness,
                             Map<String, Integer> explained, boolean mostOnlyFormally, String onlyFormally) {
        static ExplainReportView of(ExplainReport r) {
            return new ExplainReportView(r.scope(), r.ties(), r.referenceYear(), Coded.byCode(r.liveness()),
                    Coded.byCode(r.basis()), r.mostOnlyFormally(), r.onlyFormallyAnswer());
        }
    }
}
