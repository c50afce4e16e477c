package org.pobratim.ingest.world;

import java.util.List;
import org.pobratim.atlas.GazetteerPlace;

/**
 * Where a listed place was put: an atlas city ({@code cityId}), a gazetteer place that becomes a city
 * ({@code place}), a Wikidata item that does ({@code item}; for both the city id is assigned later), or nowhere, with the reason and the candidates that were weighed.
 */
record Placement(String cityId, GazetteerPlace place, ListedPlace item, String country, String how, String reason,
                 List<String> candidates) {
    static Placement city(String cityId, String how) {
        return new Placement(cityId, null, null, null, how, null, List.of());
    }

    static Placement place(GazetteerPlace place, String how) {
        return new Placement(null, place, null, null, how, null, List.of());
    }

    /**
     * A place no gazetteer place matched, placed on the list's own point in {@code country}: a Wikidata item with
     * its coordinates, or a listed name with the geocoded list's point.
     */
    static Placement item(ListedPlace item, String country, String how) {
        return new Placement(null, null, item, country, how, null, List.of());
    }

    static Placement unplaced(String reason, List<String> candidates) {
        return new Placement(null, null, null, null, null, reason, List.copyOf(candidates));
    }

    boolean placed() {
        return reason == null;
    }
}
