package org.pobratim.atlas;

import java.util.List;

/**
 * A populated place from the gazetteer (GeoNames): a lookup for placing names on the map, not an atlas city.
 * Feature class/code and admin codes are GeoNames' own (e.g. P/PPLA, admin1 "00").
 */
public record GazetteerPlace(long geonameId, String name, String asciiName, List<String> alternateNames,
                             Coordinates location, String featureClass, String featureCode, String country,
                             String admin1, String admin2, long population) {
    public GazetteerPlace {
        if (geonameId <= 0) {
            throw new IllegalArgumentException("geonameid " + geonameId + " must be positive");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (location == null) {
            throw new IllegalArgumentException("coordinates are required");
        }
        if (population < 0) {
            throw new IllegalArgumentException("population " + population + " is negative");
        }
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    }

    /** Every name of the place: main, ASCII and alternates, without repeats. */
    public List<String> allNames() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(name);
        if (asciiName != null && !asciiName.isBlank()) {
            names.add(asciiName);
        }
        names.addAll(alternateNames);
        return List.copyOf(names);
    }
}
