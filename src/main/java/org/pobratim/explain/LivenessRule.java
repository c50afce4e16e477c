package org.pobratim.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pobratim.atlas.Activity;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieState;
import org.pobratim.atlas.TieStatus;

/**
 * Derives a tie's liveness from its agreements, status and activity, as of a reference year: ended or suspended
 * where a source says so; living with a sign of life (activity, a renewal, a source calling it active) dated within
 * the last {@value #RECENT_YEARS} years; dormant with only older or undated signs; paper only with an agreement and
 * nothing after it; unknown for a tie that lists alone name.
 */
public final class LivenessRule {
    /** "The last five years": a sign dated this many years before the reference year, or later, is recent. */
    public static final int RECENT_YEARS = 5;

    private LivenessRule() {
    }

    public static LivenessVerdict judge(Tie tie, Map<String, Source> sources, int referenceYear) {
        List<LivenessVerdict.Sign> signs = signs(tie, sources);
        PartialDate last = signs.stream().map(LivenessVerdict.Sign::date).filter(PartialDate::isKnown)
                .max(Comparator.naturalOrder()).orElse(PartialDate.UNKNOWN);
        TieStatus status = tie.status();
        if (status.state() == TieState.ENDED || status.state() == TieState.SUSPENDED) {
            Liveness state = status.state() == TieState.ENDED ? Liveness.ENDED : Liveness.SUSPENDED;
            return new LivenessVerdict(state, last, signs, "a source says it " + (state == Liveness.ENDED
                    ? "ended" : "was suspended") + (status.since().isKnown() ? " in " + status.since() : ""));
        }
        if (last.isKnown() && last.year() >= referenceYear - RECENT_YEARS) {
            return new LivenessVerdict(Liveness.LIVING, last, signs, "last sign of life " + last + ", within the last "
                    + RECENT_YEARS + " years");
        }
        if (!signs.isEmpty()) {
            return new LivenessVerdict(Liveness.DORMANT, last, signs, last.isKnown()
                    ? "last sign of life " + last + ", more than " + RECENT_YEARS + " years ago"
                    : "signs of life, none dated");
        }
        if (status.state() == TieState.FORMAL_ONLY || !tie.agreements().isEmpty()) {
            return new LivenessVerdict(Liveness.PAPER_ONLY, last, signs, status.state() == TieState.FORMAL_ONLY
                    ? "a source says it exists only formally" : "an agreement, and nothing recorded after it");
        }
        return new LivenessVerdict(Liveness.UNKNOWN, last, signs, "named by lists only; nothing recorded");
    }

    /** The signs of life, newest first (undated last). */
    static List<LivenessVerdict.Sign> signs(Tie tie, Map<String, Source> sources) {
        List<LivenessVerdict.Sign> signs = new ArrayList<>();
        for (Activity activity : tie.activity()) {
            signs.add(new LivenessVerdict.Sign(LivenessVerdict.SignKind.ACTIVITY, activity.date(),
                    activity.kind().code(), activity.sources()));
        }
        List<Agreement> agreements = tie.agreements();
        for (int i = 1; i < agreements.size(); i++) {
            Agreement later = agreements.get(i);
            if (later.date().isKnown() && later.date().compareTo(agreements.get(0).date()) > 0) {
                signs.add(new LivenessVerdict.Sign(LivenessVerdict.SignKind.RENEWAL, later.date(),
                        later.kind().code(), later.sources()));
            }
        }
        TieStatus status = tie.status();
        if (status.state() == TieState.ACTIVE) {
            signs.add(new LivenessVerdict.Sign(LivenessVerdict.SignKind.STATUS, statedOn(status, sources),
                    status.state().code(), status.sources()));
        }
        signs.sort(Comparator.comparing(LivenessVerdict.Sign::date, Comparator.reverseOrder()));
        return signs;
    }

    /** When a source called the tie active: the newest publication date of its sources, else the status's date. */
    private static PartialDate statedOn(TieStatus status, Map<String, Source> sources) {
        return status.sources().stream().map(sources::get).filter(s -> s != null && s.published().isKnown())
                .map(Source::published).max(Comparator.naturalOrder()).orElse(status.since());
    }
}
