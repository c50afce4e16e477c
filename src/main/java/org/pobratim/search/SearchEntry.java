package org.pobratim.search;

import java.util.List;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.GazetteerPlace;

/** Something findable by name: an atlas city or a gazetteer place, with what ranking needs. */
public record SearchEntry(String id, Kind kind, String name, List<String> names, String country,
                          Coordinates location, int ties, long population) {
    /** Where an entry comes from. */
    public enum Kind { CITY, PLACE }

    public SearchEntry {
        names = List.copyOf(names);
    }

    static SearchEntry of(City city, int ties) {
        List<String> names = new java.util.ArrayList<>(city.names().values());
        names.addAll(city.alternates());
        // a Serbian name without a curated Cyrillic form is still found when typed in Cyrillic: folding makes
        // both scripts equal, so no derived form needs indexing
        return new SearchEntry(city.id(), Kind.CITY, city.displayName(), names.stream().distinct().toList(),
                city.country(), city.location(), ties, city.population() == null ? 0 : city.population().count());
    }

    static SearchEntry of(GazetteerPlace place) {
        return new SearchEntry("geonames:" + place.geonameId(), Kind.PLACE, place.name(), place.allNames(),
                place.country(), place.location(), 0, place.population());
    }
}
