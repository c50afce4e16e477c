package org.pobratim.ingest;

import java.util.Comparator;
import java.util.List;
import org.pobratim.atlas.Coordinates;
import org.pobratim.names.NameFolding;

/**
 * What entity resolution weighs, and how much: how a name matched, nearness to a qualifier or hint, size, and how
 * far the best namesake stands out from its rivals. Every weight is here, so a change to one is a change to this
 * file and to {@code ResolutionPolicyTest}. {@code threshold} is the confidence from which a name is resolved.
 */
record ResolutionPolicy(double threshold) {
    /**
     * The default threshold: a match by a main name passes from twice the size of its biggest rival (0.62), by an
     * alternate name from four times (0.72); namesakes of similar size (0.4) never do.
     */
    static final double THRESHOLD = 0.6;

    /** The name as written comes first; its variants (a part of a merged name, the short form) are guesses. */
    private static final double FIRST_VARIANT = 1.0;
    private static final double LATER_VARIANT = 0.8;
    /**
     * Atlas cities are reviewed and are what ties link to, so they go before a gazetteer place of the same name;
     * above 1, a gazetteer namesake matched by its main name is still a rival (within {@link #RIVAL_SHARE}).
     */
    private static final double ATLAS_CITY = 1.1;
    /** How well a place's name matched: its own name (or that name with a suffix, "Niigata-shi"), or an alternate. */
    private static final double MAIN_NAME = 1.0;
    private static final double ALTERNATE_NAME = 0.9;

    /** A qualifier ("Zemun (Belgrade)") or hint places the name within this distance. */
    static final double NEAR_KM = 40;
    /** A namesake near the qualifier or hint is very likely the one meant; one far from it, unlikely. */
    private static final double NEAR_ANCHOR = 2.0;
    private static final double FAR_FROM_ANCHOR = 0.6;
    /** A national (PPLC*) or first-level (PPLA) capital is the namesake lists more often mean: a tie-breaker. */
    private static final double CAPITAL = 1.05;
    /**
     * Each tenfold of population adds a tenth of the match score, so how the name matched weighs more than size:
     * against a town of 10,000 matched by its own name, one matched by an alternate name ranks first only from
     * about 360,000 people.
     */
    private static final double PER_TENFOLD_POPULATION = 0.1;

    /**
     * Namesakes that matched at least this share of the best's score are its rivals: a main name rivals an
     * alternate (0.9), a later variant (0.8) rivals neither; an atlas city (1.1) is rivalled by a gazetteer main name.
     */
    private static final double RIVAL_SHARE = 0.85;
    /** Of rivals that matched as well, the bigger is the likelier, by how many times it is bigger. */
    private static final double MUCH_BIGGER = 10;
    private static final double MUCH_BIGGER_LEAD = 0.95;
    private static final double CLEARLY_BIGGER = 4;
    private static final double CLEARLY_BIGGER_LEAD = 0.8;
    /** Twice as big passes {@link #THRESHOLD} on a main name, not on an alternate (0.9 × 0.62 = 0.558). */
    private static final double BIGGER = 2;
    private static final double BIGGER_LEAD = 0.62;
    /** Namesakes of similar size: a guess, below {@link #THRESHOLD}. */
    private static final double NO_LEAD = 0.4;
    /** A country that cannot be read leaves namesakes of every country in play: even a clear lead is less sure. */
    private static final double UNKNOWN_COUNTRY = 0.8;
    /** A qualifier that cannot be placed leaves a single match unconfirmed. */
    private static final double UNPLACED_QUALIFIER = 0.7;
    /** A place found only by a near spelling is never certain, however well its own name matched that spelling. */
    private static final double NEAR_SPELLING = 0.65;

    /** Namesakes this close are one place listed twice (a town and its municipality's seat: Sendai, Sendai-shi). */
    private static final double SAME_PLACE_KM = 10;
    /** The parts of a merged name ("Nuneaton and Bedworth") found this close are one municipality. */
    private static final double PARTS_KM = 30;

    static ResolutionPolicy standard() {
        return new ResolutionPolicy(THRESHOLD);
    }

    /** The weight of the name's variant at this index ({@link QualifiedName#variants()}, best first). */
    double variantWeight(int variant) {
        return variant == 0 ? FIRST_VARIANT : LATER_VARIANT;
    }

    /** The score of an atlas city found by the variant at this index. */
    double atlasCityScore(int variant) {
        return variantWeight(variant) * ATLAS_CITY;
    }

    /** The score of a gazetteer place found by the variant at this index, by its main name or by an alternate. */
    double placeScore(int variant, boolean mainName) {
        return variantWeight(variant) * (mainName ? MAIN_NAME : ALTERNATE_NAME);
    }

    boolean isNear(PlaceCandidate c, Coordinates anchor) {
        return c.location().distanceKm(anchor) <= NEAR_KM;
    }

    /** The candidate with its score weighed by nearness to the anchor (if any) and by being a capital. */
    PlaceCandidate rescored(PlaceCandidate c, Coordinates anchor) {
        double score = c.score();
        if (anchor != null) {
            score *= isNear(c, anchor) ? NEAR_ANCHOR : FAR_FROM_ANCHOR;
        }
        if (c.featureCode().startsWith("PPLC") || c.featureCode().equals("PPLA")) {
            score *= CAPITAL;
        }
        return new PlaceCandidate(c.id(), c.name(), c.matchedName(), c.country(), c.admin1(), c.location(),
                c.population(), c.featureCode(), score);
    }

    /** The order of namesakes: how the name matched, then size. */
    double rank(PlaceCandidate c) {
        return c.score() * (1 + PER_TENFOLD_POPULATION * Math.log10(1 + c.population()));
    }

    Comparator<PlaceCandidate> bestFirst() {
        return Comparator.comparingDouble(this::rank).reversed();
    }

    /**
     * High when the best candidate matched by its own name and stands out among the namesakes that matched nearly as
     * well (by population, or by being the only one near the qualifier).
     */
    double confidence(PlaceCandidate best, List<PlaceCandidate> ranked, boolean countryUnknown) {
        long rival = ranked.stream().skip(1).filter(c -> c.score() >= best.score() * RIVAL_SHARE)
                .filter(c -> !samePlace(best, c))
                .mapToLong(c -> Math.max(1, c.population())).max().orElse(0);
        double standsOut = 1.0;
        if (rival > 0) {
            double ratio = (double) Math.max(1, best.population()) / rival;
            standsOut = ratio >= MUCH_BIGGER ? MUCH_BIGGER_LEAD : ratio >= CLEARLY_BIGGER ? CLEARLY_BIGGER_LEAD
                    : ratio >= BIGGER ? BIGGER_LEAD : NO_LEAD;
        }
        double nameQuality = Math.min(1.0, best.score());
        double confidence = nameQuality * standsOut;
        return countryUnknown ? confidence * UNKNOWN_COUNTRY : confidence;
    }

    double withUnplacedQualifier(double confidence) {
        return confidence * UNPLACED_QUALIFIER;
    }

    /** The confidence in the best of the places found by a near spelling: how it stands out, not how it matched. */
    double nearSpellingConfidence(PlaceCandidate best, List<PlaceCandidate> ranked) {
        return NEAR_SPELLING * confidence(best, ranked, false) / Math.min(1.0, best.score());
    }

    /**
     * Whether a namesake is no rival: the same place listed twice (within {@link #SAME_PLACE_KM}), or another part
     * of a merged name lying next to the chosen one ("Fishguard and Goodwick", "Ikast-Brande": the parts corroborate
     * each other within {@link #PARTS_KM}).
     */
    boolean samePlace(PlaceCandidate best, PlaceCandidate other) {
        double km = best.location().distanceKm(other.location());
        if (km <= SAME_PLACE_KM) {
            return true;
        }
        return km <= PARTS_KM && !NameFolding.fold(best.matchedName()).equals(NameFolding.fold(other.matchedName()));
    }

    boolean accepts(double confidence) {
        return confidence >= threshold;
    }
}
