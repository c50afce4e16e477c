package org.pobratim.atlas;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An unordered pair of cities and what passed between them: agreements over time, a status, reasons and
 * activity, and what other sources claim differently (conflicts). A–B and B–A are the same tie: the constructor orders the pair, and the id is
 * {@code <first>--<second>}. A tie of a city with itself is rejected.
 */
public record Tie(String cityA, String cityB, List<Agreement> agreements, TieStatus status, List<Reason> reasons,
                  List<Activity> activity, List<Conflict> conflicts) {
    public static final String SEPARATOR = "--";

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
        if (agreements == null || agreements.isEmpty()) {
            throw new IllegalArgumentException("a tie needs at least one agreement");
        }
        agreements = agreements.stream().sorted(Comparator.comparing(Agreement::date)).toList();
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

    /** When the tie began: the date of its earliest dated agreement, or unknown. */
    public PartialDate established() {
        return agreements.get(0).date();
    }

    /** The kind of the first agreement. */
    public AgreementKind firstKind() {
        return agreements.get(0).kind();
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

    /** True when sources disagree on some fact of the tie. */
    public boolean isDisputed() {
        return !conflicts.isEmpty();
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

    /** Every source id the tie cites, in order of first appearance. */
    public Set<String> sourceIds() {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(agreements.stream().flatMap(a -> a.sources().stream()),
                        status.sources().stream(),
                        reasons.stream().flatMap(r -> r.sources().stream()),
                        activity.stream().flatMap(a -> a.sources().stream()),
                        conflicts.stream().flatMap(c -> c.sources().stream()))
                .flatMap(s -> s)
                .forEach(ids::add);
        return ids;
    }
}
