package org.pobratim.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.GazetteerPlace;
import org.pobratim.atlas.Serbia;
import org.pobratim.names.NameFolding;

/**
 * Finds the places a name may stand for: the atlas cities and gazetteer places one of whose names is one of the
 * name's variants, each scored by the policy for which variant found it and how its name matched. Ranking and
 * choosing among them is {@link EntityResolver}'s.
 */
final class PlaceLookup {
    private final Atlas atlas;
    private final Gazetteer gazetteer;
    private final ResolutionPolicy policy;

    PlaceLookup(Atlas atlas, Gazetteer gazetteer, ResolutionPolicy policy) {
        this.atlas = atlas;
        this.gazetteer = gazetteer;
        this.policy = policy;
    }

    /**
     * Atlas cities and gazetteer places one of whose names is one of the variants (best first), each once, as the
     * first variant that found it scores it; an atlas city absorbs its own gazetteer place found by the same or a
     * later variant.
     */
    List<PlaceCandidate> candidates(List<String> variants) {
        Map<String, PlaceCandidate> found = new LinkedHashMap<>();
        Set<Long> placesOfCities = new HashSet<>();
        for (int v = 0; v < variants.size(); v++) {
            String variant = variants.get(v);
            String folded = NameFolding.fold(variant);
            if (folded.isEmpty()) {
                continue;
            }
            for (City city : atlas.citiesNamed(variant)) {
                String matched = city.names().values().stream().filter(n -> NameFolding.fold(n).equals(folded))
                        .findFirst().orElse(city.alternates().stream()
                                .filter(n -> NameFolding.fold(n).equals(folded)).findFirst().orElse(null));
                if (matched == null) {
                    continue;
                }
                if (city.geonamesId() != null) {
                    placesOfCities.add(city.geonamesId());
                }
                String admin1 = city.geonamesId() == null ? null
                        : gazetteer.place(city.geonamesId()).map(GazetteerPlace::admin1).orElse(null);
                found.putIfAbsent(city.id(), atlasCandidate(city, matched, admin1, 0, v));
            }
            for (GazetteerPlace place : gazetteer.named(variant)) {
                if (placesOfCities.contains(place.geonameId())) {
                    continue;
                }
                Optional<City> cityOfPlace = atlas.cityOfGeonames(place.geonameId());
                if (cityOfPlace.isPresent()) {
                    // the atlas city whose own gazetteer place this is, found by another of the place's names
                    City city = cityOfPlace.get();
                    placesOfCities.add(place.geonameId());
                    found.putIfAbsent(city.id(), atlasCandidate(city, place.name(), place.admin1(),
                            place.population(), v));
                    continue;
                }
                String main = NameFolding.fold(place.name());
                boolean mainName = main.equals(folded) || main.startsWith(folded + " ") // "Toyama-shi"
                        || NameFolding.fold(place.asciiName() == null ? "" : place.asciiName()).equals(folded);
                String matched = main.equals(folded) ? place.name() : place.allNames().stream()
                        .filter(n -> NameFolding.fold(n).equals(folded)).findFirst().orElse(place.name());
                found.putIfAbsent("geonames:" + place.geonameId(), new PlaceCandidate("geonames:" + place.geonameId(),
                        place.name(), matched, place.country(), place.admin1(), place.location(), place.population(),
                        place.featureCode(), policy.placeScore(v, mainName)));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** An atlas city found by variant {@code v}; its own population, else {@code otherwise}. */
    private PlaceCandidate atlasCandidate(City city, String matched, String admin1, long otherwise, int v) {
        return new PlaceCandidate(city.id(), city.displayName(), matched, city.country(), admin1, city.location(),
                city.population() == null ? otherwise : city.population().count(), "atlas", policy.atlasCityScore(v));
    }

    /** True for an atlas unit (or settlement of one) that Serbian law places in Kosovo; a gazetteer files it under XK. */
    boolean kosovoUnit(PlaceCandidate candidate) {
        return "atlas".equals(candidate.featureCode()) && atlas.city(candidate.id())
                .map(c -> Serbia.inKosovo(c) || (c.admin() != null && c.admin().parent() != null
                        && atlas.city(c.admin().parent()).map(Serbia::inKosovo).orElse(false)))
                .orElse(false);
    }

    /** A candidate of one of the allowed countries: a Serbian unit in Kosovo counts as of Kosovo too. */
    boolean inCountries(PlaceCandidate candidate, Set<String> allowed) {
        return allowed.contains(candidate.country()) || (allowed.contains("XK") && kosovoUnit(candidate));
    }

    /** The most populous place of that name in the allowed countries (any country when none is given). */
    Optional<PlaceCandidate> largestNamed(String name, Set<String> allowed) {
        return candidates(List.of(name)).stream()
                .filter(c -> allowed.isEmpty() || inCountries(c, allowed))
                .max(Comparator.comparingLong(PlaceCandidate::population));
    }
}
