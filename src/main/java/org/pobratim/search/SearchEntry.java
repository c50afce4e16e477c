package org.pobratim.search;

import java.util.List;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.GazetteerPlace;
import org.pobratim.names.NameFolding;

/**
 * Something findable by name: an atlas city or a gazetteer place, with what ranking needs. Its names are folded
 * once, here, so that neither indexing nor explaining a match folds them again.
 */
public record SearchEntry(String id, Kind kind, String name, List<String> names, List<String> foldedNames,
                          String country, Coordinates location, int ties, long population) {
    /** Where an entry comes from. */
    public enum Kind { CITY, PLACE }

    public SearchEntry {
        names = List.copyOf(names);
        foldedNames = List.copyOf(foldedNames);
        if (names.size() != foldedNames.size()) {
            throw new IllegalArgumentException("every name needs its folded form");
        }
    }

    SearchEntry(String id, Kind kind, String name, List<String> names, String country, Coordinates location,
                int ties, long population) {
        this(id, kind, name, names, names.stream().map(NameFolding::fold).toList(), country, location, ties,
                population);
    }

    static SearchEntry of(City city, int ties, List<String> gazetteerNames) {
        List<String> names = new java.util.ArrayList<>(city.names().values());
        names.addAll(city.alternates());
        names.addAll(gazetteerNames);
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
