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
 * Fujimi), those sharing most partners first, then by id.
 */
public final class Cousins {
    private Cousins() {
    }

    /** A cousin and the partners it shares with the city, in id order. */
    public record Cousin(City city, List<City> sharedPartners) {
        public Cousin {
            sharedPartners = List.copyOf(sharedPartners);
        }
    }

    /** The cousins of {@code cityId}, at most {@code limit}. */
    public static List<Cousin> of(Atlas atlas, String cityId, int limit) {
        Map<String, Set<String>> shared = new TreeMap<>();
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
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new Cousin(atlas.cities().get(e.getKey()),
                        e.getValue().stream().map(atlas.cities()::get).toList()))
                .toList();
    }
}
