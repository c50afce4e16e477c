package org.pobratim.explain;

import java.util.ArrayList;
import java.util.List;

/** Adds the features up into a score, as {@link ExplainPolicy} says, so that the shown contributions sum to it. */
final class Scoring {
    private Scoring() {
    }

    static Explanation combine(String tieId, List<Feature> documented, List<Feature> computed) {
        int documentedPoints = documented.stream().mapToInt(Feature::contribution).sum();
        int raw = computed.stream().mapToInt(Feature::contribution).sum();
        double scale = ExplainPolicy.COMPUTED_SHARE * (100.0 - documentedPoints) / Math.max(100, raw);
        int target = (int) Math.round(raw * scale);
        // largest remainder: floor every share, then hand out what is left by the largest fractions, in order
        int[] points = new int[computed.size()];
        double[] fraction = new double[computed.size()];
        int given = 0;
        for (int i = 0; i < points.length; i++) {
            double exact = computed.get(i).contribution() * scale;
            points[i] = (int) Math.floor(exact);
            fraction[i] = exact - points[i];
            given += points[i];
        }
        while (given < target) {
            int best = 0;
            for (int i = 1; i < fraction.length; i++) {
                if (fraction[i] > fraction[best]) {
                    best = i;
                }
            }
            points[best]++;
            fraction[best] = -1;
            given++;
        }
        List<Feature> features = new ArrayList<>(documented);
        for (int i = 0; i < points.length; i++) {
            features.add(computed.get(i).withContribution(points[i]));
        }
        return new Explanation(tieId, documentedPoints + given, features);
    }
}
