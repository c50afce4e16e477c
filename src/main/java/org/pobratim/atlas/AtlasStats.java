package org.pobratim.atlas;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts over the ties of the atlas (or of one country): by partner country, by decade of establishment,
 * by the kind of the first agreement, by reason category (a tie with two reasons counts in both) and by
 * status; and the oldest dated ties.
 */
public record AtlasStats(String country, int cities, int ties, Map<String, Long> byPartnerCountry,
                         Map<String, Long> byDecade, Map<String, Long> byKind, Map<String, Long> byReason,
                         Map<String, Long> byStatus, List<String> oldest) {

    static AtlasStats of(Atlas atlas, String country) {
        List<Tie> ties = atlas.tiesByEstablished().stream()
                .filter(t -> country == null || countryOf(atlas, t.cityA()).equals(country)
                        || countryOf(atlas, t.cityB()).equals(country))
                .toList();
        Map<String, Long> byPartner = new TreeMap<>();
        for (Tie tie : ties) {
            for (String partnerCountry : partnerCountries(atlas, tie, country)) {
                byPartner.merge(partnerCountry, 1L, Long::sum);
            }
        }
        Map<String, Long> byReason = new TreeMap<>();
        ties.forEach(t -> t.reasonCategories().forEach(r -> byReason.merge(r.code(), 1L, Long::sum)));
        long cityCount = atlas.cities().values().stream()
                .filter(c -> country == null || c.country().equals(country)).count();
        List<String> oldest = ties.stream()
                .filter(t -> t.established().isKnown())
                .filter(t -> t.established().year() == ties.get(0).established().year())
                .map(Tie::id)
                .toList();
        return new AtlasStats(country, (int) cityCount, ties.size(), sortedByCount(byPartner),
                count(ties, AtlasStats::decadeOf), count(ties, t -> t.firstKind().map(Coded::code).orElse("listed")),
                sortedByCount(byReason), count(ties, t -> t.status().state().code()), oldest);
    }

    private static String countryOf(Atlas atlas, String cityId) {
        return atlas.cities().get(cityId).country();
    }

    private static List<String> partnerCountries(Atlas atlas, Tie tie, String country) {
        String a = countryOf(atlas, tie.cityA());
        String b = countryOf(atlas, tie.cityB());
        if (country == null) {
            return a.equals(b) ? List.of(a) : List.of(a, b);
        }
        return List.of(atlas.sides(tie, country).partner().country());
    }

    private static String decadeOf(Tie tie) {
        PartialDate date = tie.established();
        return date.isKnown() ? (date.year() / 10 * 10) + "s" : "unknown";
    }

    private static Map<String, Long> count(List<Tie> ties, Function<Tie, String> key) {
        return ties.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> sortedByCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
