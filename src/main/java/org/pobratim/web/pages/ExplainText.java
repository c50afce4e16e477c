package org.pobratim.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.Nationality;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Trait;
import org.pobratim.explain.Explanation;
import org.pobratim.explain.Feature;
import org.pobratim.explain.FeatureName;
import org.pobratim.explain.Liveness;
import org.pobratim.explain.LivenessVerdict;
import org.pobratim.web.pages.Views.ExplainPanel;
import org.pobratim.web.pages.Views.FeatureRow;

/** A tie's explanation and liveness in the page's language: each feature's working from its own figures. */
final class ExplainText {
    private ExplainText() {
    }

    static ExplainPanel panel(PageText text, Explanation explanation) {
        List<FeatureRow> rows = new ArrayList<>();
        for (Feature f : explanation.features()) {
            rows.add(new FeatureRow(text.label(f.name()), evidence(text, f), text.t("explain.points", f.contribution()),
                    f.sources()));
        }
        return new ExplainPanel(text.t("explain.score", explanation.score()), text.label(explanation.basis()), rows);
    }

    private static String evidence(PageText text, Feature f) {
        List<Object> args = f.args();
        return switch (f.name()) {
            case DOCUMENTED_REASON -> text.label(code(ReasonCategory.class, args.get(0))) + ": "
                    + text.narrative(f.narrative()) + " (" + text.t("explain.bestSource",
                    text.label(code(SourceTier.class, args.get(1)))) + ")";
            case SHARED_TRAIT -> text.t("explain.evidence.shared-trait", text.label(code(Trait.class, args.get(0))));
            case SAME_COUNTRY -> text.t("explain.evidence.same-country", text.country(str(args.get(0))));
            case NEIGHBOURING_COUNTRIES, FORMER_YUGOSLAVIA -> text.t(evidenceKey(f.name()),
                    text.country(str(args.get(0))), text.country(str(args.get(1))));
            case KIN_COMMUNITY -> text.t("explain.evidence.kin-community", Arrays.stream(str(args.get(0)).split(", "))
                            .map(g -> text.label(code(Nationality.class, g))).collect(Collectors.joining(", ")),
                    args.get(1), args.get(2), str(args.get(3)));
            case WAVE -> text.t("explain.evidence.wave", args.get(0), args.get(1), args.get(2), str(args.get(3)),
                    args.get(4));
            default -> text.t(evidenceKey(f.name()), args.toArray());
        };
    }

    /** The message of a computed feature's working (MessagesTest checks there is one for each). */
    static String evidenceKey(FeatureName name) {
        return "explain.evidence." + name.code();
    }

    /** The message of a liveness's sentence (MessagesTest checks there is one for each). */
    static String livenessKey(Liveness state) {
        return "liveness.text." + state.code();
    }

    /** The liveness sentence: the state, the latest sign of life, and the caveat. */
    static String liveness(PageText text, LivenessVerdict verdict) {
        String last = verdict.lastSign().isKnown() ? text.date(verdict.lastSign()) : null;
        Liveness state = verdict.state();
        if (state == Liveness.DORMANT && last == null) {
            return text.t("liveness.text.dormantUndated");
        }
        return text.t(livenessKey(state), last == null ? "" : last);
    }

    private static String str(Object value) {
        return String.valueOf(value);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, Object value) {
        return Coded.parse(type, String.valueOf(value)).orElseThrow();
    }
}
