package org.pobratim.explain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Tie;

/**
 * Waves of twinning as the data shows them: for a pair of countries, the ties that began in one decade, against
 * what the network's spread over the decades would predict (the lift). Many Serbian–Slovene ties of the 1960s–80s,
 * or Serbian–Chinese ties of the 2010s, are a wave; one tie in a decade is not.
 */
final class Waves {
    private final Map<String, Integer> byPairDecade;
    private final Map<String, Integer> byPair;
    private final Map<Integer, Integer> byDecade;
    private final int dated;

    private Waves(Map<String, Integer> byPairDecade, Map<String, Integer> byPair, Map<Integer, Integer> byDecade,
                  int dated) {
        this.byPairDecade = byPairDecade;
        this.byPair = byPair;
        this.byDecade = byDecade;
        this.dated = dated;
    }

    static Waves of(Atlas atlas) {
        Map<String, Integer> byPairDecade = new HashMap<>();
        Map<String, Integer> byPair = new HashMap<>();
        Map<Integer, Integer> byDecade = new HashMap<>();
        int dated = 0;
        for (Tie tie : atlas.ties().values()) {
            Integer year = tie.established().yearOrNull();
            if (year == null) {
                continue;
            }
            int decade = year / 10 * 10;
            String pair = pair(atlas.cities().get(tie.cityA()).country(), atlas.cities().get(tie.cityB()).country());
            byPairDecade.merge(pair + "/" + decade, 1, Integer::sum);
            byPair.merge(pair, 1, Integer::sum);
            byDecade.merge(decade, 1, Integer::sum);
            dated++;
        }
        return new Waves(byPairDecade, byPair, byDecade, dated);
    }

    Optional<Feature> of(Tie tie, String home, String partner) {
        Integer year = tie.established().yearOrNull();
        if (year == null) {
            return Optional.empty();
        }
        int decade = year / 10 * 10;
        String pair = pair(home, partner);
        int inDecade = byPairDecade.getOrDefault(pair + "/" + decade, 0);
        int ofPair = byPair.getOrDefault(pair, 0);
        double expected = ofPair * (double) byDecade.getOrDefault(decade, 0) / dated;
        double lift = expected == 0 ? 0 : inDecade / expected;
        if (inDecade < ExplainPolicy.WAVE_MIN_TIES || lift < ExplainPolicy.WAVE_MIN_LIFT) {
            return Optional.empty();
        }
        double shown = Math.round(lift * 10) / 10.0;
        long networkShare = Math.round(100.0 * byDecade.get(decade) / dated);
        String countries = home.equals(partner) ? home : home + "–" + partner;
        return Optional.of(Feature.computed(FeatureName.WAVE, decade, ExplainPolicy.WAVE,
                String.format(Locale.ROOT, "%d of the %d dated %s ties began in the %ds (%d %% of the network's "
                        + "dated ties did; lift %.1f)", inDecade, ofPair, countries, decade, networkShare, shown),
                inDecade, ofPair, countries, decade, networkShare, shown));
    }

    private static String pair(String one, String other) {
        return one.compareTo(other) <= 0 ? one + "-" + other : other + "-" + one;
    }
}
