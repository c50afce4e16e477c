package org.pobratim.explain;

import org.pobratim.atlas.Coded;

/** Whether a tie is alive, as its record shows (see {@link LivenessRule}). */
public enum Liveness implements Coded {
    /** Activity, a renewal or a source calling it active within the last five years. */
    LIVING("living"),
    /** Signs of life, but none within the last five years (or none dated). */
    DORMANT("dormant"),
    /** An agreement and nothing recorded after it (or a source saying it exists only on paper). */
    PAPER_ONLY("paper-only"),
    SUSPENDED("suspended"),
    ENDED("ended"),
    /** Named by lists only: neither an agreement nor any activity is recorded. */
    UNKNOWN("unknown");

    private final String code;

    Liveness(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
