package org.pobratim.atlas;

import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A unit's population by national affiliation, as one census counted it and a source gives it: the total and the
 * groups the source lists, as counts or (where the source gives only those) as percentages. A group the source does
 * not list is unknown, not zero. A note says what the figures are where that is not plain (another census, a unit
 * whose borders differ from the census's).
 */
public record Census(int year, Long total, Map<Nationality, Long> counts, Map<Nationality, Double> percents,
                     List<String> sources, String note) {
    /** Figures without a note. */
    public Census(int year, Long total, Map<Nationality, Long> counts, Map<Nationality, Double> percents,
                  List<String> sources) {
        this(year, total, counts, percents, sources, null);
    }

    public Census {
        if (year < 1800 || year > Year.now().getValue()) {
            throw new IllegalArgumentException("census year " + year + " is not between 1800 and this year");
        }
        if (total != null && total <= 0) {
            throw new IllegalArgumentException("census total " + total + " must be positive");
        }
        counts = counts == null || counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
        percents = percents == null || percents.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(percents));
        if (counts.isEmpty() && percents.isEmpty()) {
            throw new IllegalArgumentException("a census needs groups (counts) or percent (shares)");
        }
        long sum = 0;
        for (Map.Entry<Nationality, Long> group : counts.entrySet()) {
            if (group.getValue() < 0) {
                throw new IllegalArgumentException("census count of " + group.getKey().code() + " is negative");
            }
            sum += group.getValue();
        }
        if (total != null && sum > total) {
            throw new IllegalArgumentException("census groups add up to " + sum + ", more than the total " + total);
        }
        for (Map.Entry<Nationality, Double> group : percents.entrySet()) {
            if (!(group.getValue() >= 0 && group.getValue() <= 100)) {
                throw new IllegalArgumentException("census percent of " + group.getKey().code() + " is not 0..100");
            }
        }
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("a census needs at least one source");
        }
        sources = List.copyOf(sources);
    }

    /** The group's share of the population (0..1), where the source gives it (a count and the total, or a percent). */
    public OptionalDouble share(Nationality group) {
        Long count = counts.get(group);
        if (count != null && total != null) {
            return OptionalDouble.of((double) count / total);
        }
        Double percent = percents.get(group);
        return percent == null ? OptionalDouble.empty() : OptionalDouble.of(percent / 100);
    }
}
