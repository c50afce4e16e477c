package org.pobratim.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.GazetteerPlace;
import org.pobratim.names.CountryMatch;
import org.pobratim.names.CountryResolver;
import org.pobratim.names.NameFolding;
import org.pobratim.names.RegionResolver;

/**
 * Resolves (name, country text[, a point nearby]) to an atlas city or a gazetteer place, with a confidence and the
 * reason. A pure function of the atlas, the gazetteer and the query: it looks the name up (and its variants:
 * qualifiers in parentheses, "Name, Region", district parts) among the places of the stated country, ranks
 * namesakes by how the name matched, by nearness to a qualifier or hint, and by population, and accepts the best
 * only above {@link #THRESHOLD}. Otherwise the answer is unresolved, with the candidates. A place found only
 * outside the stated country is never accepted: it is flagged.
 */
public final class EntityResolver {
    /** Below this confidence a name is not resolved (the default; a caller may choose another). */
    public static final double THRESHOLD = 0.6;
    private static final double NEAR_KM = 40;
    private static final int MAX_CANDIDATES = 5;
    /** Namesakes this close are one place listed twice. */
    private static final double SAME_PLACE_KM = 10;
    /** The parts of a merged name ("Nuneaton and Bedworth") found this close are one municipality. */
    private static final double PARTS_KM = 30;
    /** A qualifier that cannot be placed leaves a single match unconfirmed. */
    private static final double UNPLACED_QUALIFIER = 0.7;

    /** How well a place's name matched: its own name (or that name with a suffix, "Niigata-shi"), or an alternate. */
    private static final double MAIN_NAME = 1.0;
    private static final double ALTERNATE_NAME = 0.9;
    /** A place found only by a near spelling is never certain. */
    private static final double NEAR_SPELLING = 0.65;

    private final Atlas atlas;
    private final Gazetteer gazetteer;
    private final CountryResolver countries;
    private final RegionResolver regions = RegionResolver.standard();
    private final SpellingNeighbours neighbours;
    private final double threshold;

    public EntityResolver(Atlas atlas, Gazetteer gazetteer, CountryResolver countries) {
        this(atlas, gazetteer, countries, SpellingNeighbours.NONE, THRESHOLD);
    }

    public EntityResolver(Atlas atlas, Gazetteer gazetteer, CountryResolver countries, SpellingNeighbours neighbours,
                          double threshold) {
        this.atlas = atlas;
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.neighbours = neighbours;
        this.threshold = threshold;
    }

    public Resolution resolve(String name, String countryText) {
        return resolve(name, countryText, null);
    }

    public Resolution resolve(String name, String countryText, Coordinates hint) {
        List<String> flags = new ArrayList<>();
        Optional<CountryMatch> country = countries.resolve(countryText);
        if (country.isEmpty() && countryText != null && !countryText.isBlank()) {
            flags.add("unknown country '" + countryText + "'");
        }
        QualifiedName parsed = QualifiedName.parse(name);
        Set<String> allowed = new java.util.HashSet<>(country.map(CountryMatch::codes).orElse(Set.of()));
        Coordinates near = hint;
        boolean unplacedQualifier = false;
        RegionResolver.Region region = null;
        for (String qualifier : parsed.qualifiers()) {
            Optional<RegionResolver.Region> asRegion = regions.resolve(qualifier, allowed);
            Optional<CountryMatch> asCountry = countries.resolveExactly(qualifier);
            if (asRegion.isPresent()) {
                // "Salisbury, Maryland", "Athens, Georgia" next to "United States": a state of the stated country
                region = asRegion.get();
            } else if (asCountry.isPresent()) {
                // "Saint-Denis (Réunion)": the qualifier is the more precise country
                allowed.clear();
                allowed.addAll(asCountry.get().codes());
            } else if (near == null) {
                near = largestNamed(qualifier, allowed).map(PlaceCandidate::location).orElse(null);
                if (near == null) {
                    unplacedQualifier = true;
                    flags.add("qualifier '" + qualifier + "' not found, so the place cannot be told from namesakes");
                }
            }
        }

        List<PlaceCandidate> everywhere = candidates(parsed.variants());
        if (parsed.region()) {
            return unresolved(name, countryText, "names a district or region, not a town", top(everywhere), flags);
        }
        List<PlaceCandidate> inCountry = allowed.isEmpty() ? everywhere
                : everywhere.stream().filter(c -> allowed.contains(c.country())).toList();
        if (inCountry.isEmpty() && !allowed.isEmpty()) {
            // "Kourou, France": a state's overseas territories, when the state itself has no such place
            Set<String> territories = countries.withDependencies(allowed);
            inCountry = everywhere.stream().filter(c -> territories.contains(c.country())).toList();
        }
        if (region != null && !inCountry.isEmpty()) {
            String admin1 = region.admin1();
            List<PlaceCandidate> inRegion = inCountry.stream().filter(c -> admin1.equals(c.admin1())).toList();
            if (inRegion.isEmpty()) {
                flags.add("places of that name exist only outside " + region.name());
                return unresolved(name, countryText, "no place of that name in the stated region " + region.name(),
                        top(inCountry), flags);
            }
            inCountry = inRegion;
        }
        if (inCountry.isEmpty() && !allowed.isEmpty() && parsed.qualifiers().isEmpty()) {
            Optional<Resolution> nearSpelling = byNearSpelling(name, countryText, parsed.base(), allowed, flags);
            if (nearSpelling.isPresent()) {
                return nearSpelling.get();
            }
        }
        if (everywhere.isEmpty()) {
            return unresolved(name, countryText, "no place of that name", List.of(), flags);
        }
        if (inCountry.isEmpty()) {
            flags.add("places of that name exist only outside " + String.join("/", allowed.stream().sorted().toList()));
            return unresolved(name, countryText, "no place of that name in the stated country",
                    top(everywhere), flags);
        }
        Coordinates anchor = near;
        List<PlaceCandidate> ranked = inCountry.stream()
                .map(c -> rescored(c, anchor))
                .sorted(Comparator.comparingDouble(EntityResolver::rank).reversed())
                .toList();
        PlaceCandidate best = ranked.get(0);
        double confidence = confidence(best, ranked, allowed.isEmpty()) * (unplacedQualifier ? UNPLACED_QUALIFIER : 1);
        String reason = reason(best, ranked, anchor, country)
                + (region == null ? "" : "; in " + region.name() + " (" + region.country() + "-" + region.admin1() + ")");
        if (anchor != null && best.location().distanceKm(anchor) > NEAR_KM) {
            flags.add("farther than " + (int) NEAR_KM + " km from its qualifier or hint");
        }
        if (confidence < threshold) {
            return unresolved(name, countryText, "ambiguous: " + reason, top(ranked), flags);
        }
        return new Resolution(name, countryText, true, best, round(confidence), reason, top(ranked), flags);
    }

    /** The one place of the stated country spelled almost like the name, if there is exactly one. */
    private Optional<Resolution> byNearSpelling(String name, String countryText, String base, Set<String> allowed,
                                                List<String> flags) {
        // only another romanisation of the same name, not a different place one letter away (Boring/Boling)
        String skeleton = NameFolding.skeleton(base);
        List<String> spellings = neighbours.near(base, allowed).stream()
                .filter(n -> NameFolding.skeleton(n).equals(skeleton)).toList();
        List<PlaceCandidate> near = candidates(spellings).stream().filter(c -> allowed.contains(c.country()))
                .sorted(Comparator.comparingDouble(EntityResolver::rank).reversed()).toList();
        if (near.isEmpty()) {
            return Optional.empty();
        }
        PlaceCandidate best = near.get(0);
        double confidence = NEAR_SPELLING * confidence(best, near, false) / Math.min(1.0, best.score());
        if (confidence < threshold) {
            return Optional.of(unresolved(name, countryText, "no place of that name; several with a near spelling",
                    top(near), flags));
        }
        return Optional.of(new Resolution(name, countryText, true, best, round(confidence),
                "no place of that name; spelled alike in another romanisation: '" + best.matchedName() + "'"
                        + (near.size() > 1 ? " (the biggest of " + near.size() + ")" : ""), top(near), flags));
    }

    /** Atlas cities and gazetteer places one of whose names is one of the variants; a city absorbs its place. */
    private List<PlaceCandidate> candidates(List<String> variants) {
        Map<String, PlaceCandidate> found = new LinkedHashMap<>();
        Set<Long> placesOfCities = new java.util.HashSet<>();
        for (int v = 0; v < variants.size(); v++) {
            String variant = variants.get(v);
            String folded = NameFolding.fold(variant);
            if (folded.isEmpty()) {
                continue;
            }
            double variantWeight = v == 0 ? 1.0 : 0.8;
            for (City city : atlas.findCities(new org.pobratim.atlas.CityQuery(null, null, variant), 0, 50).items()) {
                String matched = city.names().values().stream().filter(n -> NameFolding.fold(n).equals(folded))
                        .findFirst().orElse(city.alternates().stream()
                                .filter(n -> NameFolding.fold(n).equals(folded)).findFirst().orElse(null));
                if (matched == null) {
                    continue; // a prefix match of the atlas listing is not a name match
                }
                if (city.geonamesId() != null) {
                    placesOfCities.add(city.geonamesId());
                }
                String admin1 = city.geonamesId() == null ? null
                        : gazetteer.place(city.geonamesId()).map(GazetteerPlace::admin1).orElse(null);
                found.putIfAbsent(city.id(), new PlaceCandidate(city.id(), city.displayName(), matched, city.country(),
                        admin1, city.location(), city.population() == null ? 0 : city.population().count(), "atlas",
                        variantWeight * 1.1));
            }
            for (GazetteerPlace place : gazetteer.named(variant)) {
                if (placesOfCities.contains(place.geonameId())) {
                    continue;
                }
                String main = NameFolding.fold(place.name());
                boolean mainName = main.equals(folded) || main.startsWith(folded + " ") // "Toyama-shi"
                        || NameFolding.fold(place.asciiName() == null ? "" : place.asciiName()).equals(folded);
                String matched = main.equals(folded) ? place.name() : place.allNames().stream()
                        .filter(n -> NameFolding.fold(n).equals(folded)).findFirst().orElse(place.name());
                found.putIfAbsent("geonames:" + place.geonameId(), new PlaceCandidate("geonames:" + place.geonameId(),
                        place.name(), matched, place.country(), place.admin1(), place.location(), place.population(),
                        place.featureCode(), variantWeight * (mainName ? MAIN_NAME : ALTERNATE_NAME)));
            }
        }
        return new ArrayList<>(found.values());
    }

    private Optional<PlaceCandidate> largestNamed(String name, Set<String> allowed) {
        return candidates(List.of(name)).stream()
                .filter(c -> allowed.isEmpty() || allowed.contains(c.country()))
                .max(Comparator.comparingLong(PlaceCandidate::population));
    }

    /** A candidate near the qualifier's or hint's point counts double; one far from it counts less. */
    private static PlaceCandidate rescored(PlaceCandidate c, Coordinates anchor) {
        double score = c.score();
        if (anchor != null) {
            score *= c.location().distanceKm(anchor) <= NEAR_KM ? 2.0 : 0.6;
        }
        if (c.featureCode().startsWith("PPLC") || c.featureCode().equals("PPLA")) {
            score *= 1.05;
        }
        return new PlaceCandidate(c.id(), c.name(), c.matchedName(), c.country(), c.admin1(), c.location(),
                c.population(), c.featureCode(), score);
    }

    /**
     * The order of namesakes: how the name matched, then size — a place ten times bigger outweighs the difference
     * between a main and an alternate name (Halle (Saale) over Halle in Westphalia for "Halle").
     */
    private static double rank(PlaceCandidate c) {
        return c.score() * (1 + 0.1 * Math.log10(1 + c.population()));
    }

    /**
     * High when the best candidate matched by its own name and stands out among the namesakes that matched nearly as
     * well (by population, or by being the only one near the qualifier).
     */
    private static double confidence(PlaceCandidate best, List<PlaceCandidate> ranked, boolean countryUnknown) {
        long rival = ranked.stream().skip(1).filter(c -> c.score() >= best.score() * 0.85)
                .filter(c -> !samePlace(best, c))
                .mapToLong(c -> Math.max(1, c.population())).max().orElse(0);
        double standsOut = 1.0;
        if (rival > 0) {
            // namesakes that matched as well: the bigger one is the likelier, by how much it is bigger
            double ratio = (double) Math.max(1, best.population()) / rival;
            standsOut = ratio >= 10 ? 0.95 : ratio >= 4 ? 0.8 : ratio >= 2 ? 0.62 : 0.4;
        }
        double nameQuality = Math.min(1.0, best.score());
        double confidence = nameQuality * standsOut;
        return countryUnknown ? confidence * 0.8 : confidence;
    }

    /**
     * Whether a namesake is no rival: the same place listed twice (a town and its municipality's seat, "Sendai" and
     * "Sendai-shi", lie within {@link #SAME_PLACE_KM}), or another part of a merged name lying next to the chosen one
     * ("Fishguard and Goodwick", "Ikast-Brande": the parts corroborate each other within {@link #PARTS_KM}).
     */
    private static boolean samePlace(PlaceCandidate best, PlaceCandidate other) {
        double km = best.location().distanceKm(other.location());
        if (km <= SAME_PLACE_KM) {
            return true;
        }
        return km <= PARTS_KM && !NameFolding.fold(best.matchedName()).equals(NameFolding.fold(other.matchedName()));
    }

    private static String reason(PlaceCandidate best, List<PlaceCandidate> ranked, Coordinates anchor,
                                 Optional<CountryMatch> country) {
        StringBuilder why = new StringBuilder();
        why.append(best.id().startsWith("geonames:") ? "gazetteer place" : "atlas city")
                .append(" named '").append(best.matchedName()).append("'");
        country.ifPresent(c -> why.append(" in ").append(c.how()));
        if (ranked.size() > 1) {
            why.append("; ").append(ranked.size() - 1).append(" namesake(s), chosen by ")
                    .append(anchor != null && best.location().distanceKm(anchor) <= NEAR_KM ? "nearness to the qualifier"
                            : "name match and population");
        }
        return why.toString();
    }

    private static Resolution unresolved(String name, String country, String reason, List<PlaceCandidate> candidates,
                                         List<String> flags) {
        return new Resolution(name, country, false, null, 0, reason, candidates, flags);
    }

    private static List<PlaceCandidate> top(List<PlaceCandidate> candidates) {
        return candidates.stream().limit(MAX_CANDIDATES).toList();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
