package org.pobratim.explain;

import java.util.List;
import org.pobratim.atlas.PartialDate;

/**
 * A tie's liveness with its evidence: the signs of life the record holds (newest first) and the latest one's date.
 * No recorded activity is not proof of none: a tie shown as paper only may live without the atlas knowing.
 */
public record LivenessVerdict(Liveness state, PartialDate lastSign, List<Sign> signs, String evidence) {
    /** What kind of record a sign of life is. */
    public enum SignKind implements org.pobratim.atlas.Coded {
        ACTIVITY("activity"), RENEWAL("renewal"), STATUS("status");

        private final String code;

        SignKind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** One sign of life: an activity, a later agreement, or a source's statement of the tie's state. */
    public record Sign(SignKind kind, PartialDate date, String what, List<String> sources) {
        public Sign {
            sources = List.copyOf(sources);
        }
    }

    public LivenessVerdict {
        signs = List.copyOf(signs);
    }
}
