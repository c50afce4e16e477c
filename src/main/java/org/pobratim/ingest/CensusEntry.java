package org.pobratim.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pobratim.atlas.Census;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.Nationality;

/** The {@code census:} field of a Serbian unit (data/README.md): year, total, groups or percent, sources. */
final class CensusEntry {
    private CensusEntry() {
    }

    static Optional<Census> parse(YamlFields f) {
        f.rejectUnknown(Set.of("year", "total", "groups", "percent", "sources", "note"));
        Long year = f.optionalWholeNumber("year");
        if (year == null) {
            f.problem("year", "is required");
        }
        Long total = f.optionalWholeNumber("total");
        Map<Nationality, Long> counts = new EnumMap<>(Nationality.class);
        f.mapping("groups").ifPresent(g -> groups(g, counts, g::optionalWholeNumber));
        Map<Nationality, Double> percents = new EnumMap<>(Nationality.class);
        f.mapping("percent").ifPresent(g -> groups(g, percents, g::optionalNumber));
        if (f.texts("sources").isEmpty()) {
            f.problem("sources", "at least one source id is required");
            return Optional.empty();
        }
        if (year == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Census(year.intValue(), total, counts, percents, f.texts("sources"),
                    f.optionalText("note")));
        } catch (IllegalArgumentException e) {
            f.problem(null, e.getMessage());
            return Optional.empty();
        }
    }

    private static <N> void groups(YamlFields g, Map<Nationality, N> into, java.util.function.Function<String, N> value) {
        for (String key : g.keys()) {
            Optional<Nationality> group = Coded.parse(Nationality.class, key);
            if (group.isEmpty()) {
                g.problem(key, "'" + key + "' is not one of " + Coded.choices(Nationality.class));
                continue;
            }
            N number = value.apply(key);
            if (number != null) {
                into.put(group.get(), number);
            }
        }
    }
}
