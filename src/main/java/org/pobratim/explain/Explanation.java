package org.pobratim.explain;

import java.util.List;

/**
 * Why two cities are twins, as far as the atlas can show its working: the explicability score (0..100, the sum of
 * the features' contributions) and every feature, documented reasons first.
 */
public record Explanation(String tieId, int score, List<Feature> features) {
    /** How a tie is explained: by a source, by the atlas's computation alone, or not at all. */
    public enum Basis implements org.pobratim.atlas.Coded {
        DOCUMENTED("documented"), COMPUTED("computed"), NONE("none");

        private final String code;

        Basis(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public Explanation {
        features = List.copyOf(features);
        int sum = features.stream().mapToInt(Feature::contribution).sum();
        if (sum != score) {
            throw new IllegalArgumentException("score " + score + " is not the sum of its contributions (" + sum + ")");
        }
    }

    /** The points documented reasons give. */
    public int documented() {
        return features.stream().filter(Feature::documented).mapToInt(Feature::contribution).sum();
    }

    public Basis basis() {
        if (features.stream().anyMatch(Feature::documented)) {
            return Basis.DOCUMENTED;
        }
        return score >= ExplainPolicy.EXPLAINED ? Basis.COMPUTED : Basis.NONE;
    }
}
