package org.pobratim.atlas;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A city or municipality: a readable slug id ({@code rs-kikinda}), names by BCP 47 tag, its country
 * (ISO 3166-1 alpha-2), a point, and what else is known (for a Serbian unit, its census composition). Immutable.
 */
public record City(String id, Map<String, String> names, List<String> alternates, String country,
                   Coordinates location, Population population, Long geonamesId, String wikidataId,
                   SerbianAdmin admin, List<String> sources, Census census) {
    private static final Pattern ID = Pattern.compile("[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    /** A city without census figures. */
    public City(String id, Map<String, String> names, List<String> alternates, String country, Coordinates location,
                Population population, Long geonamesId, String wikidataId, SerbianAdmin admin, List<String> sources) {
        this(id, names, alternates, country, location, population, geonamesId, wikidataId, admin, sources, null);
    }

    public City {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "city id '" + id + "' must look like rs-kikinda: country code, hyphen, lower-case slug");
        }
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country '" + country + "' must be an ISO 3166-1 alpha-2 code like RS");
        }
        if (!id.startsWith(country.toLowerCase(Locale.ROOT) + "-")) {
            throw new IllegalArgumentException("city id '" + id + "' must start with its country code '"
                    + country.toLowerCase(Locale.ROOT) + "-'");
        }
        if (names == null || names.get("en") == null || names.get("en").isBlank()) {
            throw new IllegalArgumentException("an English name (names.en) is required");
        }
        if (location == null) {
            throw new IllegalArgumentException("coordinates are required");
        }
        if (wikidataId != null && !QID.matcher(wikidataId).matches()) {
            throw new IllegalArgumentException("wikidata id '" + wikidataId + "' must look like Q188803");
        }
        if (geonamesId != null && geonamesId <= 0) {
            throw new IllegalArgumentException("geonames id " + geonamesId + " must be positive");
        }
        if (admin != null && !country.equals(Serbia.CODE)) {
            throw new IllegalArgumentException("admin (grad/opstina) applies to Serbian units only");
        }
        if (census != null && admin == null) {
            throw new IllegalArgumentException("census figures apply to Serbian units only");
        }
        names = Collections.unmodifiableMap(new TreeMap<>(names));
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The name to show in a language, falling back to English. */
    public String name(String languageTag) {
        return names.getOrDefault(languageTag, names.get("en"));
    }

    public String displayName() {
        return names.get("en");
    }
}
