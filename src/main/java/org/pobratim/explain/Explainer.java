package org.pobratim.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Tie;

/**
 * The explanation engine for one atlas: built once per snapshot (it indexes the network's distances, the country
 * pairs' decades and the Serbian districts' ties), then answers {@link #explain} for any tie, the same every time.
 */
public final class Explainer {
    private final Atlas atlas;
    private final Borders borders;
    private final double[] distances;
    private final Waves waves;
    private final Map<String, List<Tie>> foreignTiesByDistrict = new HashMap<>();

    public Explainer(Atlas atlas, Borders borders) {
        this.atlas = atlas;
        this.borders = borders;
        this.distances = atlas.ties().values().stream().mapToDouble(this::distanceKm).sorted().toArray();
        this.waves = Waves.of(atlas);
        for (Tie tie : atlas.ties().values()) {
            serbianSide(tie).ifPresent(home -> {
                City partner = atlas.partnerOf(tie, home.id());
                String district = district(home);
                if (district != null && !Serbia.isSerbian(partner)) {
                    foreignTiesByDistrict.computeIfAbsent(district, k -> new ArrayList<>()).add(tie);
                }
            });
        }
    }

    public Atlas atlas() {
        return atlas;
    }

    /** The explanation of a tie of this atlas. */
    public Explanation explain(Tie tie) {
        City home = serbianSide(tie).orElse(atlas.cities().get(tie.cityA()));
        City partner = atlas.partnerOf(tie, home.id());
        List<Feature> documented = Features.documented(tie, atlas.sources());
        List<Feature> computed = new ArrayList<>();
        double km = distanceKm(tie);
        computed.add(Features.distance(km, percentile(km), distances.length));
        Features.populationRatio(home, partner).ifPresent(computed::add);
        computed.addAll(Features.geography(home.country(), partner.country(), borders));
        Features.kin(censusUnit(home), partner.country()).ifPresent(computed::add);
        Features.sharedName(home, partner).ifPresent(computed::add);
        Features.commonPartners(atlas, home.id(), partner.id()).ifPresent(computed::add);
        cluster(tie, home, partner).ifPresent(computed::add);
        waves.of(tie, home.country(), partner.country()).ifPresent(computed::add);
        return Scoring.combine(tie.id(), documented, computed);
    }

    /** The share of the network's ties shorter than this distance, 0..1. */
    double percentile(double km) {
        int index = Arrays.binarySearch(distances, km);
        if (index < 0) {
            index = -index - 1;
        } else {
            while (index > 0 && distances[index - 1] == km) {
                index--;
            }
        }
        return distances.length == 0 ? 0 : (double) index / distances.length;
    }

    private Optional<Feature> cluster(Tie tie, City home, City partner) {
        String district = district(home);
        if (district == null || Serbia.isSerbian(partner)) {
            return Optional.empty();
        }
        List<String> others = new ArrayList<>();
        for (Tie other : foreignTiesByDistrict.getOrDefault(district, List.of())) {
            City otherHome = serbianSide(other).orElseThrow();
            City otherPartner = atlas.partnerOf(other, otherHome.id());
            if (!other.id().equals(tie.id()) && !otherHome.id().equals(home.id())
                    && otherPartner.location().distanceKm(partner.location()) <= ExplainPolicy.CLUSTER_RADIUS_KM) {
                others.add(otherHome.displayName() + "–" + otherPartner.displayName());
            }
        }
        return Features.cluster(district, partner.displayName(), others.stream().sorted().toList());
    }

    /** The Serbian side of a tie (the first, when both are Serbian); empty for a tie abroad. */
    private Optional<City> serbianSide(Tie tie) {
        City a = atlas.cities().get(tie.cityA());
        City b = atlas.cities().get(tie.cityB());
        if (Serbia.isSerbian(a)) {
            return Optional.of(a);
        }
        return Serbia.isSerbian(b) ? Optional.of(b) : Optional.empty();
    }

    /** The unit whose census speaks for a city: the city itself, or a settlement's unit. */
    private City censusUnit(City city) {
        if (city.admin() != null && city.admin().parent() != null) {
            return atlas.cities().getOrDefault(city.admin().parent(), city);
        }
        return city;
    }

    private String district(City city) {
        City unit = censusUnit(city);
        return unit.admin() == null ? null : unit.admin().district();
    }

    private double distanceKm(Tie tie) {
        return atlas.cities().get(tie.cityA()).location().distanceKm(atlas.cities().get(tie.cityB()).location());
    }
}
