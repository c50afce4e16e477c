package org.pobratim.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.names.CountryMatch;
import org.pobratim.names.CountryResolver;
import org.pobratim.names.NameFolding;
import org.pobratim.names.RegionResolver;

/**
 * Resolves (name, country text[, a point nearby]) to an atlas city or a gazetteer place, with a confidence and the
 * reason. A pure function of the atlas, the gazetteer and the query: it looks the name up (and its variants:
 * qualifiers in parentheses, "Name, Region", district parts) among the places of the stated country, ranks
 * namesakes by how the name matched, by nearness to a qualifier or hint, and by population, and accepts the best
 * only from a threshold of confidence ({@link #THRESHOLD} unless the caller chooses another). Otherwise the answer is
 * unresolved, with the candidates. A place found only outside the stated country is never accepted: it is flagged.
 * {@link PlaceLookup} finds the candidates, {@link ResolutionPolicy} weighs them; this class reads the qualifiers,
 * restricts the candidates to the stated country and region and says why it chose or did not.
 */
public final class EntityResolver {
    /** Below this confidence a name is not resolved (the default; a caller may choose another). */
    public static final double THRESHOLD = ResolutionPolicy.THRESHOLD;
    private static final int MAX_CANDIDATES = 5;

    private final CountryResolver countries;
    private final RegionResolver regions;
    private final SpellingNeighbours neighbours;
    private final ResolutionPolicy policy;
    private final PlaceLookup places;

    /** With no near spellings and the default {@link #THRESHOLD}. */
    public EntityResolver(Atlas atlas, Gazetteer gazetteer, CountryResolver countries, RegionResolver regions) {
        this(atlas, gazetteer, countries, regions, SpellingNeighbours.NONE, THRESHOLD);
    }

    public EntityResolver(Atlas atlas, Gazetteer gazetteer, CountryResolver countries, RegionResolver regions,
                          SpellingNeighbours neighbours, double threshold) {
        this.countries = countries;
        this.regions = regions;
        this.neighbours = neighbours;
        this.policy = new ResolutionPolicy(threshold);
        this.places = new PlaceLookup(atlas, gazetteer, policy);
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
                near = places.largestNamed(qualifier, allowed).map(PlaceCandidate::location).orElse(null);
                if (near == null) {
                    unplacedQualifier = true;
                    flags.add("qualifier '" + qualifier + "' not found, so the place cannot be told from namesakes");
                }
            }
        }

        List<PlaceCandidate> everywhere = places.candidates(parsed.variants());
        if (parsed.region()) {
            return unresolved(name, countryText, "names a district or region, not a town", top(everywhere), flags);
        }
        List<PlaceCandidate> inCountry = allowed.isEmpty() ? everywhere
                : everywhere.stream().filter(c -> places.inCountries(c, allowed)).toList();
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
                .map(c -> policy.rescored(c, anchor))
                .sorted(policy.bestFirst())
                .toList();
        PlaceCandidate best = ranked.get(0);
        double confidence = policy.confidence(best, ranked, allowed.isEmpty());
        if (unplacedQualifier) {
            confidence = policy.withUnplacedQualifier(confidence);
        }
        String reason = reason(best, ranked, anchor, country)
                + (region == null ? "" : "; in " + region.name() + " (" + region.country() + "-" + region.admin1() + ")");
        if (anchor != null && !policy.isNear(best, anchor)) {
            flags.add("farther than " + (int) ResolutionPolicy.NEAR_KM + " km from its qualifier or hint");
        }
        if (!policy.accepts(confidence)) {
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
        List<PlaceCandidate> near = places.candidates(spellings).stream().filter(c -> places.inCountries(c, allowed))
                .sorted(policy.bestFirst()).toList();
        if (near.isEmpty()) {
            return Optional.empty();
        }
        PlaceCandidate best = near.get(0);
        double confidence = policy.nearSpellingConfidence(best, near);
        if (!policy.accepts(confidence)) {
            return Optional.of(unresolved(name, countryText, "no place of that name; several with a near spelling",
                    top(near), flags));
        }
        return Optional.of(new Resolution(name, countryText, true, best, round(confidence),
                "no place of that name; spelled alike in another romanisation: '" + best.matchedName() + "'"
                        + (near.size() > 1 ? " (the biggest of " + near.size() + ")" : ""), top(near), flags));
    }

    private String reason(PlaceCandidate best, List<PlaceCandidate> ranked, Coordinates anchor,
                          Optional<CountryMatch> country) {
        StringBuilder why = new StringBuilder();
        why.append(best.id().startsWith("geonames:") ? "gazetteer place" : "atlas city")
                .append(" named '").append(best.matchedName()).append("'");
        country.ifPresent(c -> why.append(" in ").append(c.how()));
        if (ranked.size() > 1) {
            why.append("; ").append(ranked.size() - 1).append(" namesake(s), chosen by ")
                    .append(anchor != null && policy.isNear(best, anchor) ? "nearness to the qualifier"
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
