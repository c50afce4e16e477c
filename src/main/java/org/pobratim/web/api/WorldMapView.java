package org.pobratim.web.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;

/**
 * The whole network for drawing ({@code GET /api/v1/map/world}), compact because it is every tie at once:
 * <pre>
 * {"version": 73, "tiers": ["primary", "secondary", "listing"],
 *  "cities": [["no-narvik", "Narvik", 68.438, 17.427, "NO"], ...],
 *  "ties":   [[0, 5, 1], ...]}
 * </pre>
 * A city is an array of id, English name, latitude and longitude (rounded to 3 decimals, about 100 m) and country;
 * only cities with a tie are listed, by id. A tie is an array of the indices of its two cities in {@code cities}
 * and the index in {@code tiers} of the best tier among its sources; ties are ordered by id.
 */
@JsonPropertyOrder({"version", "tiers", "cities", "ties"})
record WorldMapView(long version, List<String> tiers, List<WorldCity> cities, List<WorldTie> ties) {
    static final List<String> TIERS = Arrays.stream(SourceTier.values()).map(Coded::code).toList();

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"id", "name", "lat", "lon", "country"})
    record WorldCity(String id, String name, double lat, double lon, String country) {
    }

    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"a", "b", "tier"})
    record WorldTie(int a, int b, int tier) {
    }

    static WorldMapView of(Atlas atlas) {
        Map<String, Integer> index = new HashMap<>();
        List<WorldCity> cities = new ArrayList<>();
        for (City city : atlas.cities().values()) {
            if (!atlas.tiesOf(city.id()).isEmpty()) {
                index.put(city.id(), cities.size());
                cities.add(new WorldCity(city.id(), city.displayName(), round(city.location().lat()),
                        round(city.location().lon()), city.country()));
            }
        }
        List<WorldTie> ties = new ArrayList<>(atlas.ties().size());
        for (Tie tie : atlas.ties().values()) {
            ties.add(new WorldTie(index.get(tie.cityA()), index.get(tie.cityB()), atlas.tier(tie).ordinal()));
        }
        return new WorldMapView(atlas.version(), TIERS, cities, ties);
    }

    /** Three decimals: about 100 m, finer than a dot on any zoom the map allows. */
    private static double round(double degrees) {
        return Math.round(degrees * 1000) / 1000.0;
    }
}
