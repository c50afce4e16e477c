package org.pobratim.ingest.world;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.GazetteerPlace;
import org.pobratim.atlas.Population;
import org.pobratim.atlas.Serbia;
import org.pobratim.ingest.QualifiedName;
import org.pobratim.names.NameFolding;

/**
 * Turns the gazetteer places and Wikidata items a world import placed into atlas cities, with readable ids that do
 * not depend on the order of the input: {@code <country>-<slug of the name>}, and for a namesake of an id already
 * taken, the GeoNames id or QID appended ({@code us-springfield-4409896}). Places are taken most populous first, so
 * the biggest namesake gets the plain slug. GeoNames files Kosovo under XK; the atlas, as Serbian law, under RS.
 */
final class WorldCities {
    private final Atlas atlas;
    private final String gazetteerSource;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, City> made = new LinkedHashMap<>();

    WorldCities(Atlas atlas, String gazetteerSource) {
        this.atlas = atlas;
        this.gazetteerSource = gazetteerSource;
        taken.addAll(atlas.cities().keySet());
    }

    /**
     * Makes the cities of all placements at once (the ids depend on all of them), keyed by {@link #key}; a city
     * keeps the names the lists gave it as alternates, and cites the first list that placed it.
     */
    Map<String, City> make(Iterable<Placement> placements, Map<String, Set<String>> listedNames,
                           Map<String, String> listSource) {
        List<Placement> all = new ArrayList<>();
        placements.forEach(all::add);
        List<Placement> ordered = all.stream().filter(p -> p.place() != null || p.item() != null)
                .sorted(Comparator.comparingLong(WorldCities::population).reversed()
                        .thenComparing(WorldCities::key))
                .toList();
        for (Placement p : ordered) {
            if (made.containsKey(key(p))) {
                continue;
            }
            String source = listSource.get(key(p));
            made.put(key(p), p.place() != null ? fromPlace(p.place(), listedNames.getOrDefault(key(p), Set.of()),
                    source) : fromItem(p, listedNames.getOrDefault(key(p), Set.of()), source));
        }
        return made;
    }

    static String key(Placement p) {
        if (p.place() != null) {
            return "geonames:" + p.place().geonameId();
        }
        if (p.item() != null) {
            // one city for every listed name that stands for the same name at the same point
            return p.item().qid() != null ? p.item().qid() : baseId(p.country(), QualifiedName.baseOf(p.item().name()))
                    + "@" + p.item().point().lat() + "," + p.item().point().lon();
        }
        return p.cityId();
    }

    private static long population(Placement p) {
        if (p.place() != null) {
            return p.place().population();
        }
        return p.item() != null && p.item().population() != null ? p.item().population() : 0;
    }

    private City fromPlace(GazetteerPlace place, Set<String> listedNames, String listSource) {
        String country = Serbia.atlasCountry(place.country());
        String id = freeId(country, place.asciiName() == null || place.asciiName().isBlank() ? place.name()
                : place.asciiName(), String.valueOf(place.geonameId()));
        Set<String> alternates = new LinkedHashSet<>();
        if (place.asciiName() != null && !place.asciiName().isBlank()) {
            alternates.add(place.asciiName());
        }
        alternates.addAll(listedNames);
        alternates.remove(place.name());
        return new City(id, Map.of("en", place.name()), new ArrayList<>(alternates), country, place.location(),
                place.population() > 0 ? new Population(place.population(), null, gazetteerSource) : null,
                place.geonameId(), null, null, List.of(gazetteerSource, listSource));
    }

    private City fromItem(Placement p, Set<String> listedNames, String listSource) {
        ListedPlace item = p.item();
        Map<String, String> names = new LinkedHashMap<>(item.labels());
        names.putIfAbsent("en", QualifiedName.baseOf(item.name()));
        String distinguisher = item.qid() != null ? item.qid().toLowerCase(Locale.ROOT)
                : Integer.toHexString(key(p).hashCode() & 0x7fffffff);
        String id = earlier(p.country(), names.get("en"), distinguisher, item).orElseGet(
                () -> freeId(p.country(), names.get("en"), distinguisher));
        Set<String> alternates = new LinkedHashSet<>(listedNames);
        alternates.add(item.name());
        alternates.removeAll(names.values());
        return new City(id, names, new ArrayList<>(alternates), p.country(), item.point(),
                item.population() == null || item.population() <= 0 ? null
                        : new Population(item.population(), null, listSource),
                null, item.qid(), null, List.of(listSource));
    }

    /** The city an earlier import made of this item: the id it would have been given, at the same point. */
    private Optional<String> earlier(String country, String name, String distinguisher, ListedPlace item) {
        String base = baseId(country, name);
        return java.util.stream.Stream.of(base, base + "-" + distinguisher)
                .filter(id -> atlas.city(id).filter(c -> c.location().equals(item.point())).isPresent())
                .findFirst();
    }

    private static String baseId(String country, String name) {
        String slug = NameFolding.slug(name).replaceAll("[^a-z0-9-]", "").replaceAll("-+", "-")
                .replaceAll("^-|-$", "");
        return country.toLowerCase(Locale.ROOT) + "-" + (slug.isEmpty() ? "place" : slug);
    }

    private String freeId(String country, String name, String distinguisher) {
        String base = baseId(country, name);
        String id = taken.contains(base) ? base + "-" + distinguisher : base;
        taken.add(id);
        return id;
    }
}
