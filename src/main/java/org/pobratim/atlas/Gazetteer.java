package org.pobratim.atlas;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pobratim.names.NameFolding;

/**
 * The gazetteer read model: every place of the loaded GeoNames dump, found by id or by any of its names
 * folded (script, diacritics and case removed). Immutable; replaced as a whole after an import.
 */
public final class Gazetteer {
    private static final int[] NONE = new int[0];

    private final List<GazetteerPlace> places;
    private final Map<Long, Integer> byId;
    private final Map<String, int[]> byFoldedName;
    private final Map<String, List<GazetteerPlace>> byCountry;

    public Gazetteer(Collection<GazetteerPlace> places) {
        this.places = List.copyOf(places);
        Map<Long, Integer> ids = new HashMap<>(this.places.size() * 2);
        Map<String, int[]> names = new HashMap<>(this.places.size() * 8);
        for (int i = 0; i < this.places.size(); i++) {
            GazetteerPlace place = this.places.get(i);
            ids.put(place.geonameId(), i);
            int index = i;
            java.util.stream.Stream.concat(place.allNames().stream(), withoutQualifier(place.name()).stream())
                    .map(NameFolding::fold).filter(n -> !n.isEmpty())
                    .flatMap(n -> java.util.stream.Stream.of(n, withoutUnitSuffix(n))).distinct().forEach(name ->
                    names.merge(name, new int[] {index}, (old, add) -> {
                        int[] grown = Arrays.copyOf(old, old.length + 1);
                        grown[old.length] = add[0];
                        return grown;
                    }));
        }
        this.byId = ids;
        this.byFoldedName = names;
        this.byCountry = this.places.stream().collect(java.util.stream.Collectors.groupingBy(GazetteerPlace::country,
                java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), List::copyOf)));
    }

    /**
     * Dumps often name a place with its unit word: "Toyama-shi", "Yangju-si", "Ōtaki-machi", "Mandaue City". Lists
     * write "Toyama": the name without the word finds it too.
     */
    private static final java.util.Set<String> UNIT_SUFFIXES = java.util.Set.of("shi", "machi", "cho", "chou", "mura",
            "son", "gun", "ku", "si", "eup", "myeon", "dong", "gu", "xian", "qu", "zhen", "city");

    private static String withoutUnitSuffix(String folded) {
        int space = folded.lastIndexOf(' ');
        return space > 0 && UNIT_SUFFIXES.contains(folded.substring(space + 1)) ? folded.substring(0, space) : folded;
    }

    /** "Figuig (Centre)", "Arnedo, La Rioja": GeoNames' own qualified names are also found by the name alone. */
    private static Optional<String> withoutQualifier(String name) {
        int cut = name.indexOf(" (");
        int comma = name.indexOf(", ");
        if (comma > 0 && (cut < 0 || comma < cut)) {
            cut = comma;
        }
        return cut > 0 ? Optional.of(name.substring(0, cut)) : Optional.empty();
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    public int size() {
        return places.size();
    }

    public List<GazetteerPlace> places() {
        return places;
    }

    public Optional<GazetteerPlace> place(long geonameId) {
        Integer index = byId.get(geonameId);
        return index == null ? Optional.empty() : Optional.of(places.get(index));
    }

    /** The places the gazetteer files under a country code (GeoNames' own: Kosovo's under XK). */
    public List<GazetteerPlace> inCountry(String code) {
        return byCountry.getOrDefault(code, List.of());
    }

    /** The places one of whose names folds to this text (e.g. {@code sabac} finds Šabac and Шабац). */
    public List<GazetteerPlace> named(String text) {
        return Arrays.stream(byFoldedName.getOrDefault(NameFolding.fold(text), NONE)).mapToObj(places::get).toList();
    }
}
