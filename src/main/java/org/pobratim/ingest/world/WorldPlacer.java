package org.pobratim.ingest.world;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.GazetteerPlace;
import org.pobratim.atlas.Serbia;
import org.pobratim.ingest.EntityResolver;
import org.pobratim.ingest.PlaceCandidate;
import org.pobratim.ingest.Resolution;
import org.pobratim.names.CountryMatch;
import org.pobratim.names.CountryResolver;

/**
 * Places listed places: by QID on an atlas city that records it; otherwise by name through the entity resolver
 * (against the atlas and the gazetteer). Where the resolver hesitates between namesakes and the list's own point lies
 * within {@link #DECIDING_KM} of exactly one candidate, that candidate is taken (the geocoded list is a second
 * opinion, so it may break a tie but never overrule a confident answer). A place named without a country (the 2016
 * Wikidata crawl) is placed only when the name stands for one place: the resolver's choice with no namesake. Each
 * distinct place is resolved once, in parallel. A name the gazetteer does not know at all in the stated country is
 * placed on the list's own point when that point lies within {@link #COUNTRY_KM} of a gazetteer place of that
 * country: the city then rests on the list alone, and says so.
 */
final class WorldPlacer {
    static final double DECIDING_KM = 25;
    static final double COUNTRY_KM = 50;

    private final Atlas atlas;
    private final Gazetteer gazetteer;
    private final EntityResolver resolver;
    private final CountryResolver countries = CountryResolver.standard();
    private final Map<String, Placement> placed = new ConcurrentHashMap<>();

    WorldPlacer(Atlas atlas, Gazetteer gazetteer, EntityResolver resolver) {
        this.atlas = atlas;
        this.gazetteer = gazetteer;
        this.resolver = resolver;
    }

    /** Resolves every distinct place of the pairs (on all cores); afterwards {@link #placement} only looks up. */
    void placeAll(Collection<ListedPair> pairs) {
        Map<String, ListedPlace> distinct = new ConcurrentHashMap<>();
        for (ListedPair pair : pairs) {
            distinct.putIfAbsent(pair.a().key(), pair.a());
            distinct.putIfAbsent(pair.b().key(), pair.b());
        }
        distinct.values().parallelStream().forEach(p -> placed.computeIfAbsent(p.key(), k -> place(p)));
    }

    Placement placement(ListedPlace place) {
        return placed.computeIfAbsent(place.key(), k -> place(place));
    }

    private Placement place(ListedPlace listed) {
        if (listed.qid() != null) {
            Optional<City> byQid = atlas.cityOfWikidata(listed.qid());
            if (byQid.isPresent()) {
                return Placement.city(byQid.get().id(), "the atlas city with Wikidata id " + listed.qid());
            }
        }
        Resolution r = resolver.resolve(listed.name(), listed.country());
        if (r.resolved() && listed.country() == null && listed.point() == null && r.candidates().size() > 1) {
            return Placement.unplaced("named without a country, and " + r.candidates().size()
                    + " places have that name", names(r.candidates()));
        }
        if (r.resolved()) {
            return toPlacement(r.match(), r.reason());
        }
        if (listed.point() != null && hesitated(r)) {
            List<PlaceCandidate> near = r.candidates().stream()
                    .filter(c -> c.location().distanceKm(listed.point()) <= DECIDING_KM).toList();
            if (near.size() == 1) {
                return toPlacement(near.get(0), r.reason() + "; decided by the list's own point, "
                        + Math.round(near.get(0).location().distanceKm(listed.point())) + " km away");
            }
        }
        if (listed.qid() != null && listed.point() != null && listed.country() != null
                && listed.country().matches("[A-Z]{2}")) {
            return Placement.item(listed, listed.country(), "no gazetteer place (" + r.reason()
                    + "); the Wikidata item's own point");
        }
        Optional<String> country = unknownToGazetteer(r) && listed.point() != null
                ? countryOfPoint(listed) : Optional.empty();
        if (country.isPresent()) {
            return Placement.item(listed, country.get(), "no gazetteer place of that name in " + country.get()
                    + "; placed on the list's own point, which lies within " + (int) COUNTRY_KM
                    + " km of a gazetteer place of that country");
        }
        return Placement.unplaced(r.reason(), names(r.candidates()));
    }

    /** The gazetteer has no place of that name in the stated country (and the name is not a region's). */
    private static boolean unknownToGazetteer(Resolution r) {
        return r.reason().equals("no place of that name")
                || r.reason().equals("no place of that name in the stated country");
    }

    /**
     * The stated country, when it is one country and the list's point lies within {@link #COUNTRY_KM} of one of its
     * gazetteer places (so the point is not in another country, or at sea).
     */
    private Optional<String> countryOfPoint(ListedPlace listed) {
        Optional<CountryMatch> match = countries.resolve(listed.country());
        if (match.isEmpty() || match.get().codes().size() != 1) {
            return Optional.empty();
        }
        String code = match.get().codes().iterator().next();
        boolean inside = gazetteer.inCountry(code).stream()
                .anyMatch(p -> p.location().distanceKm(listed.point()) <= COUNTRY_KM);
        return inside ? Optional.of(Serbia.atlasCountry(code)) : Optional.empty();
    }

    /** The resolver found namesakes but could not choose among them. */
    private static boolean hesitated(Resolution r) {
        return !r.candidates().isEmpty()
                && (r.reason().startsWith("ambiguous") || r.reason().contains("several with a near spelling"));
    }

    private Placement toPlacement(PlaceCandidate match, String how) {
        if (!match.id().startsWith("geonames:")) {
            return Placement.city(match.id(), how);
        }
        long id = Long.parseLong(match.id().substring("geonames:".length()));
        Optional<City> city = atlas.cityOfGeonames(id);
        if (city.isPresent()) {
            return Placement.city(city.get().id(), how);
        }
        GazetteerPlace place = gazetteer.place(id).orElseThrow(() -> new IllegalStateException(
                "the resolver chose gazetteer place " + id + ", which the gazetteer does not hold"));
        return Placement.place(place, how);
    }

    private static List<String> names(List<PlaceCandidate> candidates) {
        return candidates.stream().map(c -> c.id() + " " + c.name() + " (" + c.country() + ", "
                + (c.location() == null ? "?" : fmt(c.location())) + ")").toList();
    }

    private static String fmt(Coordinates c) {
        return String.format(java.util.Locale.ROOT, "%.3f, %.3f", c.lat(), c.lon());
    }
}
