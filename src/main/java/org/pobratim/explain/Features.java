package org.pobratim.explain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Census;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Nationality;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.Trait;
import org.pobratim.names.NameFolding;

/** Each feature of an explanation, computed from the data it names; weights from {@link ExplainPolicy}. */
final class Features {
    /** Countries of the former Yugoslavia (Kosovo's code included, though the atlas files its places under RS). */
    static final Set<String> FORMER_YUGOSLAVIA = Set.of("RS", "HR", "BA", "ME", "MK", "SI", "XK");
    /** Words too common in place names to make two names alike. */
    private static final Set<String> COMMON_WORDS = Set.of("novi", "nova", "novo", "stari", "stara", "staro", "grad",
            "city", "town", "sveti", "sveta", "sankt", "saint", "sint", "san", "santa", "sao", "gornji", "gornja",
            "donji", "donja", "veliki", "velika", "mali", "mala", "nad", "pod", "bad", "der", "die", "les", "sur",
            "upon", "banja", "selo", "municipality", "opstina", "district", "okrug");

    private Features() {
    }

    /** The reasons sources give, best first: one feature per reason; see {@link ExplainPolicy#REASON}. */
    static List<Feature> documented(Tie tie, Map<String, Source> sources) {
        List<Reason> reasons = tie.reasons().stream().filter(r -> r.category() != ReasonCategory.UNKNOWN)
                .sorted(java.util.Comparator.comparingInt((Reason r) -> -weight(r, sources)))
                .toList();
        List<Feature> features = new ArrayList<>();
        Set<ReasonCategory> seen = new HashSet<>();
        int total = 0;
        for (Reason reason : reasons) {
            int points = features.isEmpty() ? weight(reason, sources)
                    : seen.contains(reason.category()) ? 0 : ExplainPolicy.FURTHER_REASON;
            points = Math.min(points, ExplainPolicy.DOCUMENTED_CAP - total);
            total += points;
            seen.add(reason.category());
            SourceTier tier = bestTier(reason.sources(), sources);
            features.add(new Feature(FeatureName.DOCUMENTED_REASON, reason.category().code(), points,
                    reason.sources().size() + " source(s) give the reason (" + reason.category().code()
                            + ", best source " + tier.code() + "): " + reason.narrative().en(),
                    List.of(reason.category().code(), tier.code(), reason.sources().size()), reason.narrative(),
                    reason.sources()));
        }
        Set<Trait> traits = new HashSet<>();
        for (Reason reason : reasons) {
            for (Trait trait : reason.traits()) {
                if (traits.add(trait)) {
                    int weight = traits.size() == 1 ? ExplainPolicy.SHARED_TRAIT : ExplainPolicy.FURTHER_REASON;
                    int points = Math.min(weight, ExplainPolicy.DOCUMENTED_CAP - total);
                    total += points;
                    features.add(new Feature(FeatureName.SHARED_TRAIT, trait.code(), points,
                            "A source says the two towns share " + trait.code(), List.of(trait.code()), null,
                            reason.sources()));
                }
            }
        }
        return features;
    }

    private static int weight(Reason reason, Map<String, Source> sources) {
        int corroboration = Math.min(ExplainPolicy.CORROBORATION_CAP,
                ExplainPolicy.CORROBORATION * (independent(reason.sources(), sources) - 1));
        return ExplainPolicy.REASON.getOrDefault(reason.category(), 0)
                + ExplainPolicy.REASON_TIER.get(bestTier(reason.sources(), sources)) + corroboration;
    }

    /** How many different documents the ids name: two ids of one address are one source. */
    static int independent(List<String> ids, Map<String, Source> sources) {
        Set<String> documents = new HashSet<>();
        for (String id : ids) {
            Source source = sources.get(id);
            documents.add(source == null ? id : source.url());
        }
        return documents.size();
    }

    private static SourceTier bestTier(List<String> ids, Map<String, Source> sources) {
        SourceTier best = SourceTier.LISTING;
        for (String id : ids) {
            Source source = sources.get(id);
            if (source != null && source.tier().betterThan(best)) {
                best = source.tier();
            }
        }
        return best;
    }

    static Feature distance(double km, double percentile, int ties) {
        int points = (int) Math.round(ExplainPolicy.DISTANCE * (1 - percentile));
        long rounded = Math.round(km);
        long percent = Math.round(percentile * 100);
        return Feature.computed(FeatureName.DISTANCE, rounded, points, rounded + " km apart (great circle); "
                + percent + " % of the network's " + ties + " ties are shorter", rounded, percent, ties);
    }

    static Optional<Feature> populationRatio(City one, City other) {
        if (one.population() == null || other.population() == null || one.population().count() <= 0
                || other.population().count() <= 0) {
            return Optional.empty();
        }
        long a = one.population().count();
        long b = other.population().count();
        double ratio = Math.round((double) Math.max(a, b) / Math.min(a, b) * 10) / 10.0;
        int points = ratio <= ExplainPolicy.SIMILAR_SIZE_RATIO ? ExplainPolicy.SIMILAR_SIZE : 0;
        return Optional.of(Feature.computed(FeatureName.POPULATION_RATIO, ratio, points,
                String.format(Locale.ROOT, "populations %d and %d: the larger is %.1f times the smaller", a, b, ratio),
                a, b, ratio).withSources(sourcesOf(one, other)));
    }

    private static List<String> sourcesOf(City one, City other) {
        Set<String> ids = new TreeSet<>();
        for (City city : List.of(one, other)) {
            if (city.population().source() != null) {
                ids.add(city.population().source());
            }
        }
        return List.copyOf(ids);
    }

    static List<Feature> geography(String home, String partner, Borders borders) {
        List<Feature> features = new ArrayList<>();
        if (home.equals(partner)) {
            features.add(Feature.computed(FeatureName.SAME_COUNTRY, home, ExplainPolicy.SAME_COUNTRY,
                    "both in " + home, home));
            return features;
        }
        if (borders.neighbours(home, partner)) {
            features.add(Feature.computed(FeatureName.NEIGHBOURING_COUNTRIES, partner,
                    ExplainPolicy.NEIGHBOURING_COUNTRIES, home + " and " + partner + " share a land border",
                    home, partner));
        }
        if (FORMER_YUGOSLAVIA.contains(home) && FORMER_YUGOSLAVIA.contains(partner)) {
            features.add(Feature.computed(FeatureName.FORMER_YUGOSLAVIA, partner, ExplainPolicy.FORMER_YUGOSLAVIA,
                    home + " and " + partner + " were both in Yugoslavia", home, partner));
        }
        return features;
    }

    /** The share of the partner country's nation in the Serbian unit, by its census; empty where it is unknown. */
    static Optional<Feature> kin(City unit, String partnerCountry) {
        Census census = unit.census();
        if (census == null) {
            return Optional.empty();
        }
        double share = 0;
        List<String> groups = new ArrayList<>();
        for (Nationality group : Nationality.values()) {
            OptionalDouble s = group.kinStates().contains(partnerCountry) ? census.share(group) : OptionalDouble.empty();
            if (s.isPresent()) {
                share += s.getAsDouble();
                groups.add(group.code());
            }
        }
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        int points = share < ExplainPolicy.KIN_MIN_SHARE ? 0
                : (int) Math.round(ExplainPolicy.KIN * Math.min(1, share / ExplainPolicy.KIN_FULL_SHARE));
        double percent = Math.round(share * 1000) / 10.0;
        String list = String.join(", ", groups);
        return Optional.of(new Feature(FeatureName.KIN_COMMUNITY, percent, points,
                String.format(Locale.ROOT, "%s: %.1f %% of %s (census %d)", list, percent, unit.displayName(),
                        census.year()),
                List.of(list, percent, unit.displayName(), census.year()), null, census.sources()));
    }

    /** Two names alike: the same name, or a distinctive word in common (Bačka Palanka, Palanka). */
    static Optional<Feature> sharedName(City one, City other) {
        Set<String> words = words(one);
        Set<String> common = new TreeSet<>();
        for (String word : words(other)) {
            if (words.contains(word)) {
                common.add(word);
            }
        }
        if (common.isEmpty()) {
            return Optional.empty();
        }
        String word = common.iterator().next();
        return Optional.of(Feature.computed(FeatureName.SHARED_NAME, word, ExplainPolicy.SHARED_NAME,
                one.displayName() + " and " + other.displayName() + " share the name '" + word + "'",
                one.displayName(), other.displayName(), word));
    }

    private static Set<String> words(City city) {
        Set<String> words = new HashSet<>();
        List<String> names = new ArrayList<>(city.names().values());
        names.addAll(city.alternates());
        for (String name : names) {
            for (String word : NameFolding.fold(name).split("[^\\p{L}]+")) {
                if (word.length() >= 4 && !COMMON_WORDS.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** Cities tied to both. */
    static Optional<Feature> commonPartners(Atlas atlas, String one, String other) {
        Set<String> partners = new HashSet<>();
        atlas.tiesOf(one).forEach(t -> partners.add(t.partnerOf(one).orElseThrow()));
        Map<String, String> common = new LinkedHashMap<>();
        for (Tie tie : atlas.tiesOf(other)) {
            String p = tie.partnerOf(other).orElseThrow();
            if (partners.contains(p)) {
                common.put(p, atlas.cities().get(p).displayName());
            }
        }
        if (common.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = common.values().stream().sorted().toList();
        int points = Math.min(ExplainPolicy.COMMON_PARTNERS_CAP, ExplainPolicy.COMMON_PARTNER * names.size());
        String shown = String.join(", ", names.subList(0, Math.min(5, names.size())))
                + (names.size() > 5 ? ", …" : "");
        return Optional.of(Feature.computed(FeatureName.COMMON_PARTNERS, names.size(), points,
                names.size() + " common partner(s): " + shown, names.size(), shown));
    }

    /** Other ties between the Serbian side's district and towns near the partner. */
    static Optional<Feature> cluster(String district, String partner, List<String> others) {
        if (others.isEmpty()) {
            return Optional.empty();
        }
        int points = Math.min(ExplainPolicy.CLUSTER_CAP, ExplainPolicy.CLUSTER_TIE * others.size());
        String shown = String.join(", ", others.subList(0, Math.min(5, others.size())))
                + (others.size() > 5 ? ", …" : "");
        long radius = Math.round(ExplainPolicy.CLUSTER_RADIUS_KM);
        return Optional.of(Feature.computed(FeatureName.REGIONAL_CLUSTER, others.size(), points,
                others.size() + " other tie(s) join the " + district + " district to towns within " + radius
                        + " km of " + partner + ": " + shown, others.size(), district, radius, partner, shown));
    }
}
