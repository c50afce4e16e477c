package org.pobratim.ingest.world;

import java.util.Map;
import org.pobratim.atlas.Coordinates;

/**
 * One side of a listed pair, as the list gives it: a name (with its qualifiers, "Zemun (Belgrade)"), the country as
 * written ("England", "Bosnia and Hercegovina") or an ISO code, and what else the list knows: a Wikidata QID, a point
 * (a second opinion, not truth), a population, labels by BCP 47 tag. Everything but the name may be null or empty.
 */
public record ListedPlace(String name, String country, String qid, Coordinates point, Long population,
                          Map<String, String> labels) {
    public ListedPlace {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a listed place needs a name");
        }
        name = name.strip();
        country = country == null || country.isBlank() ? null : country.strip();
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public static ListedPlace named(String name, String country) {
        return new ListedPlace(name, country, null, null, null, Map.of());
    }

    /**
     * The key under which the same listed place is placed once: QID when known, else name, country and point (the
     * same name at two points is two namesakes, each placed by its own point).
     */
    String key() {
        return qid != null ? qid : name + "\u0000" + (country == null ? "" : country)
                + (point == null ? "" : "\u0000" + point.lat() + "," + point.lon());
    }

    @Override
    public String toString() {
        return country == null ? name : name + ", " + country;
    }
}
