package org.pobratim.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Tie;

/**
 * Checks what a bundle refers to: every city and source id must be defined in the bundle or already in the
 * atlas, a settlement's parent must be a Serbian unit, and no id or tie may be defined twice in the bundle.
 */
public final class BundleCheck {
    private BundleCheck() {
    }

    public static List<Problem> check(Bundle bundle, Atlas known) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Located<?>> sourceIds = firstOf(bundle.sources(), s -> s.id(), "source", problems);
        Map<String, Located<?>> cityIds = firstOf(bundle.cities(), City::id, "city", problems);
        firstOf(bundle.ties(), Tie::id, "tie", problems);

        for (Located<City> city : bundle.cities()) {
            city.value().sources().forEach(s -> requireSource(s, city, "sources", sourceIds, known, problems));
            if (city.value().population() != null && city.value().population().source() != null) {
                requireSource(city.value().population().source(), city, "population.source", sourceIds, known,
                        problems);
            }
            if (city.value().census() != null) {
                city.value().census().sources().forEach(s -> requireSource(s, city, "census.sources", sourceIds,
                        known, problems));
            }
            if (city.value().admin() != null && city.value().admin().parent() != null) {
                requireUnit(city.value().admin().parent(), city, bundle, known, problems);
            }
        }
        for (Located<Tie> tie : bundle.ties()) {
            for (String cityId : List.of(tie.value().cityA(), tie.value().cityB())) {
                if (!cityIds.containsKey(cityId) && known.city(cityId).isEmpty()) {
                    problems.add(new Problem(tie.file(), tie.line(), "partner",
                            "no city '" + cityId + "' (neither in these files nor in the atlas)"));
                }
            }
            tie.value().sourceIds().forEach(s -> requireSource(s, tie, "sources", sourceIds, known, problems));
        }
        return problems;
    }

    /** A settlement's parent must be a Serbian unit of the bundle or of the atlas. */
    private static void requireUnit(String id, Located<City> settlement, Bundle bundle, Atlas known,
                                    List<Problem> problems) {
        Optional<City> parent = bundle.cities().stream().map(Located::value).filter(c -> c.id().equals(id))
                .findFirst().or(() -> known.city(id));
        if (parent.isEmpty() || !Serbia.isUnit(parent.get())) {
            problems.add(new Problem(settlement.file(), settlement.line(), "admin.parent", parent.isEmpty()
                    ? "no city '" + id + "' (neither in these files nor in the atlas)"
                    : "'" + id + "' is not a Serbian unit (grad, opstina or gradska-opstina)"));
        }
    }

    private static void requireSource(String id, Located<?> entry, String field, Map<String, Located<?>> inBundle,
                                      Atlas known, List<Problem> problems) {
        if (!inBundle.containsKey(id) && !known.sources().containsKey(id)) {
            problems.add(new Problem(entry.file(), entry.line(), field,
                    "no source '" + id + "' (add it to sources.yaml)"));
        }
    }

    private static <T> Map<String, Located<?>> firstOf(List<Located<T>> entries, Function<T, String> id, String what,
                                                      List<Problem> problems) {
        Map<String, Located<?>> first = new HashMap<>();
        for (Located<T> entry : entries) {
            String key = id.apply(entry.value());
            Located<?> earlier = first.putIfAbsent(key, entry);
            if (earlier != null) {
                problems.add(new Problem(entry.file(), entry.line(), null,
                        what + " '" + key + "' is already defined at " + earlier.where()));
            }
        }
        return first;
    }
}
