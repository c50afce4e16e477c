package org.pobratim.ingest;

import org.pobratim.atlas.Coordinates;

/**
 * A place a name may stand for: an atlas city (id {@code rs-kikinda}) or a gazetteer place
 * (id {@code geonames:789518}), with what the choice weighed. {@code admin1} is the GeoNames first-level division
 * code where the gazetteer knows it (null otherwise).
 */
public record PlaceCandidate(String id, String name, String matchedName, String country, String admin1,
                             Coordinates location, long population, String featureCode, double score) {
}
