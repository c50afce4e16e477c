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

    public Gazetteer(Collection<GazetteerPlace> places) {
        this.places = List.copyOf(places);
        Map<Long, Integer> ids = new HashMap<>(this.places.size() * 2);
        Map<String, int[]> names = new HashMap<>(this.places.size() * 8);
        for (int i = 0; i < this.places.size(); i++) {
            GazetteerPlace place = this.places.get(i);
            ids.put(place.geonameId(), i);
            int index = i;
            place.allNames().stream().map(NameFolding::fold).filter(n -> !n.isEmpty()).distinct().forEach(name ->
                    names.merge(name, new int[] {index}, (old, add) -> {
                        int[] grown = Arrays.copyOf(old, old.length + 1);
                        grown[old.length] = add[0];
                        return grown;
                    }));
        }
        this.byId = ids;
        this.byFoldedName = names;
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

    /** The places one of whose names folds to this text (e.g. {@code sabac} finds Šabac and Шабац). */
    public List<GazetteerPlace> named(String text) {
        return Arrays.stream(byFoldedName.getOrDefault(NameFolding.fold(text), NONE)).mapToObj(places::get).toList();
    }
}
