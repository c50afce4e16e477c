package org.pobratim.network;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Tie;

/**
 * A city's cousins: the cities that share a partner with it (Kikinda and Šabac are cousins when both are tied to
 * Fujimi), ranked by the partners they share; of those sharing as many, the one whose partners overlap most with
 * the city's (Jaccard: shared ÷ all partners of either) first — a cousin with few partners, most of them shared,
 * is a closer cousin than a hub that shares the same few among hundreds —, then by id.
 */
public final class Cousins {
    private Cousins() {
    }

    /** A cousin and the partners it shares with the city, in id order. */
    public record Cousin(City city, List<City> sharedPartners, double overlap) {
        public Cousin {
            sharedPartners = List.copyOf(sharedPartners);
        }
    }

    /** The cousins of {@code cityId}, at most {@code limit}. */
    public static List<Cousin> of(Atlas atlas, String cityId, int limit) {
        Map<String, Set<String>> shared = new TreeMap<>();
        Set<String> own = partners(atlas, cityId);
        for (Tie tie : atlas.tiesOf(cityId)) {
            String partner = tie.partnerOf(cityId).orElseThrow();
            for (Tie other : atlas.tiesOf(partner)) {
                String cousin = other.partnerOf(partner).orElseThrow();
                if (!cousin.equals(cityId)) {
                    shared.computeIfAbsent(cousin, k -> new TreeSet<>()).add(partner);
                }
            }
        }
        return shared.entrySet().stream()
                .map(e -> {
                    int union = own.size() + partners(atlas, e.getKey()).size() - e.getValue().size();
                    return new Cousin(atlas.cities().get(e.getKey()),
                            e.getValue().stream().map(atlas.cities()::get).toList(),
                            (double) e.getValue().size() / union);
                })
                .sorted(Comparator.comparingInt((Cousin c) -> -c.sharedPartners().size())
                        .thenComparingDouble(c -> -c.overlap()).thenComparing(c -> c.city().id()))
                .limit(limit)
                .toList();
    }

    private static Set<String> partners(Atlas atlas, String cityId) {
        Set<String> partners = new java.util.HashSet<>();
        for (Tie tie : atlas.tiesOf(cityId)) {
            partners.add(tie.partnerOf(cityId).orElseThrow());
        }
        return partners;
    }
}
