package org.pobratim.atlas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pobratim.names.NameFolding;

/**
 * What a reviewer of the data should look at: ties without a year or a reason, disputed ties, suspected duplicates
 * (one place under two ids, so one pair twice), doubtful coordinates, sources cited once; and hard errors that must
 * fail a build (a Serbian unit without both scripts, two records of one GeoNames place, a point far from the
 * GeoNames place it names, a Serbian unit placed outside Serbia). Checks that need the gazetteer are skipped when
 * it is empty.
 */
public record DataQuality(List<String> tiesWithoutYear, List<String> tiesWithoutReason,
                          List<String> disputedTies, List<Finding> suspectedDuplicates,
                          List<Finding> doubtfulCoordinates, List<String> sourcesCitedOnce, List<Finding> errors,
                          boolean gazetteerChecked) {
    /** Farther than this from its own GeoNames place, a city's point is wrong. */
    static final double OWN_PLACE_KM = 25;
    /** Farther than this from every gazetteer place of its country, a city's point is doubtful. */
    static final double COUNTRY_KM = 50;
    /** Closer than this, two cities of one country with alike names are suspected to be one. */
    static final double SAME_PLACE_KM = 3;
    private static final double KM_PER_DEGREE_OF_LATITUDE = 111.0;

    /** One finding: what it is about and what is wrong. */
    public record Finding(String subject, String message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The report over every record; computed once per snapshot (the coordinate checks take a while). */
    public static DataQuality of(Atlas atlas, Gazetteer gazetteer) {
        List<Tie> ties = atlas.tiesByEstablished();
        List<String> withoutYear = ties.stream().filter(t -> !t.established().isKnown()).map(Tie::id).toList();
        List<String> withoutReason = ties.stream().filter(t -> t.reasonCategories().equals(Set.of(ReasonCategory.UNKNOWN)))
                .map(Tie::id).toList();
        List<String> disputed = ties.stream().filter(Tie::isDisputed).map(Tie::id).toList();
        List<Finding> errors = new ArrayList<>();
        for (City city : atlas.cities().values()) {
            if (Serbia.isUnit(city) && (!city.names().containsKey("sr-Latn") || !city.names().containsKey("sr-Cyrl"))) {
                errors.add(new Finding(city.id(), "a Serbian unit needs its name in both scripts (sr-Latn, sr-Cyrl)"));
            }
        }
        List<Finding> duplicates = duplicates(atlas, errors);
        List<Finding> doubtful = new ArrayList<>();
        boolean checked = gazetteer.size() > 0;
        if (checked) {
            checkPoints(atlas, gazetteer, errors, doubtful);
        }
        return new DataQuality(withoutYear, withoutReason, disputed, duplicates, doubtful,
                sourcesCitedOnce(atlas), errors, checked);
    }

    private static List<Finding> duplicates(Atlas atlas, List<Finding> errors) {
        List<Finding> found = new ArrayList<>();
        Map<Long, String> byGeonames = new HashMap<>();
        for (City city : atlas.cities().values()) {
            if (city.geonamesId() != null) {
                String other = byGeonames.putIfAbsent(city.geonamesId(), city.id());
                if (other != null) {
                    errors.add(new Finding(city.id(), "names the same GeoNames place (" + city.geonamesId() + ") as "
                            + other + ": one place, two records"));
                }
            }
        }
        Map<String, List<City>> byCountry = atlas.cities().values().stream()
                .collect(Collectors.groupingBy(City::country, TreeMap::new, Collectors.toList()));
        // by latitude, so that each city is compared only with the ones less than SAME_PLACE_KM north of it
        double band = SAME_PLACE_KM / KM_PER_DEGREE_OF_LATITUDE;
        for (List<City> unsorted : byCountry.values()) {
            List<City> cities = unsorted.stream().sorted(Comparator.comparingDouble((City c) -> c.location().lat())
                    .thenComparing(City::id)).toList();
            for (int i = 0; i < cities.size(); i++) {
                for (int j = i + 1; j < cities.size()
                        && cities.get(j).location().lat() - cities.get(i).location().lat() <= band; j++) {
                    City a = cities.get(i);
                    City b = cities.get(j);
                    if (a.location().distanceKm(b.location()) <= SAME_PLACE_KM && alike(a, b)) {
                        found.add(new Finding(a.id() + " / " + b.id(), "alike names " + String.format("%.1f",
                                a.location().distanceKm(b.location())) + " km apart: one place under two ids?"
                                + sharedPartners(atlas, a, b)));
                    }
                }
            }
        }
        return found;
    }

    private static boolean alike(City a, City b) {
        Set<String> namesOfA = a.names().values().stream().map(NameFolding::fold).collect(Collectors.toSet());
        return b.names().values().stream().map(NameFolding::fold)
                .anyMatch(n -> namesOfA.stream().anyMatch(m -> m.startsWith(n) || n.startsWith(m)));
    }

    private static String sharedPartners(Atlas atlas, City a, City b) {
        Set<String> partnersOfA = atlas.tiesOf(a.id()).stream().map(t -> t.partnerOf(a.id()).orElseThrow())
                .collect(Collectors.toSet());
        List<String> both = atlas.tiesOf(b.id()).stream().map(t -> t.partnerOf(b.id()).orElseThrow())
                .filter(partnersOfA::contains).toList();
        return both.isEmpty() ? "" : " Both are tied to " + String.join(", ", both) + ": the same pair twice?";
    }

    private static void checkPoints(Atlas atlas, Gazetteer gazetteer, List<Finding> errors, List<Finding> doubtful) {
        for (City city : atlas.cities().values()) {
            // GeoNames files Kosovo's places under XK; Serbian law lists its units as Serbian
            Collection<String> countries = Serbia.isSerbian(city) ? Serbia.GAZETTEER_CODES : List.of(city.country());
            Optional<GazetteerPlace> own = city.geonamesId() == null ? Optional.empty()
                    : gazetteer.place(city.geonamesId());
            if (own.isPresent()) {
                double km = city.location().distanceKm(own.get().location());
                if (km > OWN_PLACE_KM) {
                    errors.add(new Finding(city.id(), String.format("%.0f km from its GeoNames place %d (%s)", km,
                            own.get().geonameId(), own.get().name())));
                } else if (countries.contains(own.get().country())) {
                    continue; // near its own place of its country, so near the country: nothing to search
                }
            }
            List<GazetteerPlace> places = countries.stream().flatMap(c -> gazetteer.inCountry(c).stream())
                    .toList();
            if (places.isEmpty()) {
                continue;
            }
            double nearest = places.stream().mapToDouble(p -> p.location().distanceKm(city.location())).min()
                    .orElseThrow();
            if (nearest > COUNTRY_KM) {
                Finding finding = new Finding(city.id(), String.format("%.0f km from the nearest gazetteer place of %s",
                        nearest, city.country()));
                if (Serbia.isUnit(city)) {
                    errors.add(new Finding(city.id(), "a Serbian unit placed outside Serbia: " + finding.message()));
                } else {
                    doubtful.add(finding);
                }
            }
        }
    }

    private static List<String> sourcesCitedOnce(Atlas atlas) {
        Map<String, Integer> cited = new TreeMap<>();
        atlas.sources().keySet().forEach(id -> cited.put(id, 0));
        for (City city : atlas.cities().values()) {
            city.sources().forEach(id -> cited.merge(id, 1, Integer::sum));
            if (city.population() != null && city.population().source() != null) {
                cited.merge(city.population().source(), 1, Integer::sum);
            }
        }
        atlas.ties().values().forEach(t -> t.sourceIds().forEach(id -> cited.merge(id, 1, Integer::sum)));
        return cited.entrySet().stream().filter(e -> e.getValue() <= 1)
                .sorted(Comparator.comparing(Map.Entry::getKey)).map(Map.Entry::getKey).toList();
    }
}
