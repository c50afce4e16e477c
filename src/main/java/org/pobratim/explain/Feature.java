package org.pobratim.explain;

import java.util.List;
import org.pobratim.atlas.LocalizedText;

/**
 * One piece of evidence for why two cities are twins, with what it adds to the explicability score. A documented
 * feature is a reason a source gives (its narrative and sources); a computed one is a fact the atlas derives from
 * its own data, and {@code args} are the figures its sentence is made of (the same ones {@code evidence} states in
 * English), so that pages can say it in their language.
 *
 * @param name         the feature's code ({@link FeatureName})
 * @param value        the measured value: a number, or a code (a reason's category)
 * @param contribution points added to the score, 0..100
 * @param evidence     the working, in English
 * @param args         the figures of the working, in the order of the feature's message
 * @param narrative    a documented reason's story; null for computed features
 * @param sources      ids of the sources the feature rests on (the census's, a reason's); empty for pure computation
 */
public record Feature(FeatureName name, Object value, int contribution, String evidence, List<Object> args,
                      LocalizedText narrative, List<String> sources) {
    public Feature {
        if (contribution < 0 || contribution > 100) {
            throw new IllegalArgumentException("contribution " + contribution + " is outside 0..100");
        }
        args = List.copyOf(args);
        sources = List.copyOf(sources);
    }

    static Feature computed(FeatureName name, Object value, int contribution, String evidence, Object... args) {
        return new Feature(name, value, contribution, evidence, List.of(args), null, List.of());
    }

    Feature withContribution(int points) {
        return new Feature(name, value, points, evidence, args, narrative, sources);
    }

    Feature withSources(List<String> ids) {
        return new Feature(name, value, contribution, evidence, args, narrative, ids);
    }

    /** A reason or a shared trait a source states (not a computation of the atlas's). */
    public boolean documented() {
        return name == FeatureName.DOCUMENTED_REASON || name == FeatureName.SHARED_TRAIT;
    }
}
