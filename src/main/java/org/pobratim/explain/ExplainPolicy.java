package org.pobratim.explain;

import java.util.Map;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.SourceTier;

/**
 * Every weight of the explicability score, named; docs/explain.md says why each is what it is. A documented reason
 * counts first; computed evidence fills part of what it leaves: the computed points, capped at 100, are scaled by
 * {@code COMPUTED_SHARE * (100 - documented) / 100}. Without a source a tie reaches at most
 * {@code 100 * COMPUTED_SHARE} points, however plausible its circumstances; the computed hints still separate the
 * ties no source explains, and add a little to those a source does.
 */
public final class ExplainPolicy {
    /**
     * A documented reason by category. A shared history that points at this one partner (a war, a relic, emigrants,
     * a name) weighs most; being neighbours explains the choice among few; a political, cultural or economic purpose
     * could have been pursued with many partners, and weighs least.
     */
    public static final Map<ReasonCategory, Integer> REASON = Map.of(
            ReasonCategory.WAR_MEMORY, 70,
            ReasonCategory.RELIGIOUS, 70,
            ReasonCategory.DIASPORA, 65,
            ReasonCategory.SHARED_NAME, 65,
            ReasonCategory.NEIGHBOURS, 55,
            ReasonCategory.POLITICAL, 50,
            ReasonCategory.CULTURE, 50,
            ReasonCategory.ECONOMY, 50);
    /** Each further source that gives the same reason, up to {@link #CORROBORATION_CAP}: a story told twice. */
    public static final int CORROBORATION = 5;
    public static final int CORROBORATION_CAP = 10;
    /**
     * A trait a source says the two towns share as the basis of the tie (mining, a spa, wine…): as much as a shared
     * name weighs when the atlas finds one ({@link #SHARED_NAME}), since both name what the two have in common; each
     * further trait adds {@link #FURTHER_REASON}. (At 15, the oracle — Bor and Le Creusot, whose tie rests on
     * mining, among the best explained tenth — did not hold: 60th of 441.)
     */
    public static final int SHARED_TRAIT = 25;
    /** Added to the best documented reason by the best tier among its sources. */
    public static final Map<SourceTier, Integer> REASON_TIER = Map.of(
            SourceTier.PRIMARY, 10, SourceTier.SECONDARY, 5, SourceTier.LISTING, 0);
    /** Each further documented category (another reason of another kind). */
    public static final int FURTHER_REASON = 5;
    /** The documented part never exceeds this: some room is always left to the computed evidence. */
    public static final int DOCUMENTED_CAP = 90;

    /** Distance: this many points for the nearest tie of the network, falling linearly to 0 for the farthest. */
    public static final int DISTANCE = 20;
    /** Towns of a size: populations within this ratio earn {@link #SIMILAR_SIZE}. */
    public static final double SIMILAR_SIZE_RATIO = 2.0;
    public static final int SIMILAR_SIZE = 5;
    public static final int SAME_COUNTRY = 20;
    public static final int NEIGHBOURING_COUNTRIES = 15;
    public static final int FORMER_YUGOSLAVIA = 10;
    /** Kin community: full points when the partner country's nation is this share of the Serbian unit or more. */
    public static final int KIN = 40;
    public static final double KIN_FULL_SHARE = 0.25;
    /** Below this share the kin community is shown but adds nothing. */
    public static final double KIN_MIN_SHARE = 0.01;
    public static final int SHARED_NAME = 25;
    /** Each common partner of the two cities, up to {@link #COMMON_PARTNERS_CAP}. */
    public static final int COMMON_PARTNER = 5;
    public static final int COMMON_PARTNERS_CAP = 15;
    /** Each other tie between the Serbian side's district and the partner's region, up to the cap. */
    public static final int CLUSTER_TIE = 5;
    public static final int CLUSTER_CAP = 15;
    /** The partner's region: towns within this distance of it. */
    public static final double CLUSTER_RADIUS_KM = 200;
    /** A wave: at least this many ties of the country pair began in the decade, at this lift over the network. */
    public static final int WAVE = 10;
    public static final int WAVE_MIN_TIES = 3;
    public static final double WAVE_MIN_LIFT = 1.5;

    /** The most computed evidence can give, as a share of what documented reasons leave. */
    public static final double COMPUTED_SHARE = 0.6;

    /** A tie whose score reaches this counts as explained (documented or by computation alone). */
    public static final int EXPLAINED = 40;

    private ExplainPolicy() {
    }
}
