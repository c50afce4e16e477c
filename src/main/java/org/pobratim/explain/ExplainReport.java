package org.pobratim.explain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many ties of a scope are living, dormant, paper only, ended or suspended, and how many are explained by a
 * source, by computation only, or not at all; and from these, the article's claim that most twinnings "exist only
 * formally", answered from the record.
 */
public record ExplainReport(String scope, int ties, Map<Liveness, Integer> liveness,
                            Map<Explanation.Basis, Integer> basis, int referenceYear) {
    public ExplainReport {
        liveness = Collections.unmodifiableMap(new EnumMap<>(liveness));
        basis = Collections.unmodifiableMap(new EnumMap<>(basis));
    }

    public int count(Liveness state) {
        return liveness.getOrDefault(state, 0);
    }

    /** Ties with no sign of life within the last five years that are not known to have stopped. */
    public int withoutRecentLife() {
        return count(Liveness.PAPER_ONLY) + count(Liveness.DORMANT);
    }

    /** True when more than half the ties show nothing after their agreement, or nothing recent. */
    public boolean mostOnlyFormally() {
        return 2 * withoutRecentLife() > ties;
    }

    public double percent(int count) {
        return ties == 0 ? 0 : Math.round(1000.0 * count / ties) / 10.0;
    }

    /** The article's claim, answered in English with the figures and the caveat. */
    public String onlyFormallyAnswer() {
        return String.format(Locale.ROOT, "Of %d ties, %d (%.1f %%) show nothing recorded after their agreement "
                        + "(paper only) and %d (%.1f %%) only older signs of life (dormant): %d (%.1f %%) have no "
                        + "recorded sign of life since %d. %d (%.1f %%) are living, %d ended or suspended. "
                        + "So by the record the claim %s; but no recorded activity is not proof of none.",
                ties, count(Liveness.PAPER_ONLY), percent(count(Liveness.PAPER_ONLY)), count(Liveness.DORMANT),
                percent(count(Liveness.DORMANT)), withoutRecentLife(), percent(withoutRecentLife()),
                referenceYear - LivenessRule.RECENT_YEARS, count(Liveness.LIVING), percent(count(Liveness.LIVING)),
                count(Liveness.ENDED) + count(Liveness.SUSPENDED), mostOnlyFormally() ? "holds" : "does not hold");
    }
}
