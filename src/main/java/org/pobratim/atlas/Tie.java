package org.pobratim.atlas;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An unordered pair of cities and what passed between them: agreements over time, a status, reasons and
 * activity, what other sources claim differently (conflicts), and the lists that name the pair (listings). A tie
 * known only from lists has listings and no agreement. A–B and B–A are the same tie: the constructor orders the pair, and the id is
 * {@code <first>--<second>}. A tie of a city with itself is rejected.
 */
public record Tie(String cityA, String cityB, List<Agreement> agreements, TieStatus status, List<Reason> reasons,
                  List<Activity> activity, List<Conflict> conflicts, List<Listing> listings) {
    public static final String SEPARATOR = "--";

    /** A curated tie that no list names (yet). */
    public Tie(String cityA, String cityB, List<Agreement> agreements, TieStatus status, List<Reason> reasons,
               List<Activity> activity, List<Conflict> conflicts) {
        this(cityA, cityB, agreements, status, reasons, activity, conflicts, List.of());
    }

    public Tie {
        if (cityA == null || cityB == null) {
            throw new IllegalArgumentException("a tie needs two cities");
        }
        if (cityA.equals(cityB)) {
            throw new IllegalArgumentException("a city cannot be tied to itself (" + cityA + ")");
        }
        if (cityA.compareTo(cityB) > 0) {
            String first = cityB;
            cityB = cityA;
            cityA = first;
        }
        listings = listings == null ? List.of() : List.copyOf(listings);
        if ((agreements == null || agreements.isEmpty()) && listings.isEmpty()) {
            throw new IllegalArgumentException("a tie needs at least one agreement (or a list that names it)");
        }
        agreements = agreements == null ? List.of() : agreements.stream().sorted(Comparator.comparing(Agreement::date)).toList();
        status = status == null ? TieStatus.UNKNOWN : status;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        activity = activity == null ? List.of()
                : activity.stream().sorted(Comparator.comparing(Activity::date)).toList();
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** The canonical id of the tie between two cities, in either order. */
    public static String idOf(String oneCity, String otherCity) {
        return oneCity.compareTo(otherCity) <= 0 ? oneCity + SEPARATOR + otherCity : otherCity + SEPARATOR + oneCity;
    }

    public String id() {
        return idOf(cityA, cityB);
    }

    /**
     * When the tie began: the date of its earliest dated agreement; for a tie known only from lists, the earliest
     * start a list gives; otherwise unknown.
     */
    public PartialDate established() {
        if (!agreements.isEmpty()) {
            return agreements.get(0).date();
        }
        return listings.stream().map(Listing::start).min(Comparator.naturalOrder()).orElse(PartialDate.UNKNOWN);
    }

    /** The kind of the first agreement; empty for a tie known only from lists. */
    public Optional<AgreementKind> firstKind() {
        return agreements.stream().findFirst().map(Agreement::kind);
    }

    /** True when the tie rests on lists alone: no agreement is recorded. */
    public boolean listedOnly() {
        return agreements.isEmpty();
    }

    /**
     * Where a list disagrees with the curated tie, as conflicts: a list's claim (a partner in another country), and
     * a start year other than the established year. Derived on every read, so the curated record stays as it was.
     */
    public List<Conflict> listingConflicts() {
        if (agreements.isEmpty()) {
            return List.of();
        }
        List<Conflict> found = new java.util.ArrayList<>();
        PartialDate established = established();
        for (Listing listing : listings) {
            if (listing.claim() != null) {
                found.add(new Conflict(ConflictTopic.PARTNER, listing.claim(), List.of(listing.source())));
            }
            if (listing.start().isKnown() && established.isKnown() && !listing.start().maybeSameYear(established)) {
                found.add(new Conflict(ConflictTopic.DATE, "Listed as begun in " + listing.start() + ", not "
                        + established + ".", List.of(listing.source())));
            }
        }
        return found;
    }

    /** The reason categories; a tie no source explains has exactly {@link ReasonCategory#UNKNOWN}. */
    public Set<ReasonCategory> reasonCategories() {
        Set<ReasonCategory> categories = new LinkedHashSet<>();
        reasons.forEach(r -> categories.add(r.category()));
        if (categories.isEmpty()) {
            categories.add(ReasonCategory.UNKNOWN);
        }
        return categories;
    }

    /** True when sources disagree on some fact of the tie (a curated conflict, or a list that disagrees). */
    public boolean isDisputed() {
        return !conflicts.isEmpty() || !listingConflicts().isEmpty();
    }

    public boolean involves(String cityId) {
        return cityA.equals(cityId) || cityB.equals(cityId);
    }

    /** The other city of the tie, seen from one of its two cities. */
    public Optional<String> partnerOf(String cityId) {
        if (cityA.equals(cityId)) {
            return Optional.of(cityB);
        }
        return cityB.equals(cityId) ? Optional.of(cityA) : Optional.empty();
    }

    /** The sources that say the tie exists or lives (not the ones only disputing it), in order of appearance. */
    public Set<String> evidenceSourceIds() {
        return sourceIds(false);
    }

    /** Every source id the tie cites, in order of first appearance. */
    public Set<String> sourceIds() {
        return sourceIds(true);
    }

    /** The sources of every part, in this order, the conflicts' only when asked for. */
    private Set<String> sourceIds(boolean withConflicts) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(agreements.stream().flatMap(a -> a.sources().stream()),
                        status.sources().stream(),
                        reasons.stream().flatMap(r -> r.sources().stream()),
                        activity.stream().flatMap(a -> a.sources().stream()),
                        withConflicts ? conflicts.stream().flatMap(c -> c.sources().stream()) : Stream.<String>empty(),
                        listings.stream().map(Listing::source))
                .flatMap(s -> s)
                .forEach(ids::add);
        return ids;
    }
}
