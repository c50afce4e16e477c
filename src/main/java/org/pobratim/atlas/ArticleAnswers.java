package org.pobratim.atlas;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The questions of the article that started Pobratim, answered from the data: the oldest tie, the Serbian units
 * with most ties, partner countries ranked, how many Serbian units have a Greek partner ("almost every town", the
 * article says) and how many ties no source explains.
 */
public record ArticleAnswers(List<String> oldestTies, String oldestYear, List<Ranked> mostTies,
                             List<Ranked> partnerCountries, int serbianUnits, int serbianUnitsWithGreekPartner,
                             int serbianUnitsOutsideKosovo, int outsideKosovoWithGreekPartner, int ties,
                             int tiesWithUnknownReason) {

    /** One entry of a ranking: a city or a country, and its count (a list, so JSON keeps the order). */
    public record Ranked(String id, long count) {
    }
    private static final int TOP = 10;

    public static ArticleAnswers of(Atlas atlas) {
        List<Tie> serbian = atlas.findTies(TieQuery.ofCountry(Serbia.CODE), 0, Integer.MAX_VALUE).items();
        String oldestYear = serbian.isEmpty() || !serbian.get(0).established().isKnown() ? "unknown"
                : String.valueOf(serbian.get(0).established().year());
        List<String> oldest = serbian.stream().filter(t -> t.established().isKnown())
                .filter(t -> String.valueOf(t.established().year()).equals(oldestYear)).map(Tie::id).toList();
        List<City> units = atlas.cities().values().stream().filter(Serbia::isUnit).toList();
        List<Ranked> most = units.stream()
                .sorted(Comparator.comparingInt((City c) -> -atlas.tiesOf(c.id()).size()).thenComparing(City::id))
                .limit(TOP).map(c -> new Ranked(c.id(), atlas.tiesOf(c.id()).size())).toList();
        List<Ranked> partners = atlas.stats(Serbia.CODE).byPartnerCountry().entrySet().stream()
                .map(e -> new Ranked(e.getKey(), e.getValue())).toList();
        List<City> withGreek = units.stream().filter(c -> hasPartnerIn(atlas, c, "GR")).toList();
        List<City> outsideKosovo = units.stream().filter(c -> !Serbia.inKosovo(c)).toList();
        long unknownReason = serbian.stream().filter(t -> t.reasonCategories().equals(Set.of(ReasonCategory.UNKNOWN)))
                .count();
        return new ArticleAnswers(oldest, oldestYear, most, partners, units.size(),
                withGreek.size(), outsideKosovo.size(), (int) withGreek.stream().filter(c -> !Serbia.inKosovo(c)).count(),
                serbian.size(), (int) unknownReason);
    }

    private static boolean hasPartnerIn(Atlas atlas, City city, String country) {
        return atlas.tiesOf(city.id()).stream().map(t -> atlas.partnerOf(t, city.id()))
                .anyMatch(p -> p.country().equals(country));
    }

    /** The answers as short sentences, for the command line and the README. */
    public List<String> sentences() {
        return List.of(
                "Oldest tie: " + String.join(", ", oldestTies) + " (" + oldestYear + ")",
                "Serbian units with most ties: " + most(),
                "Partner countries: " + partnerCountries.stream().limit(15)
                        .map(r -> r.id() + " " + r.count()).collect(Collectors.joining(", ")),
                String.format("Serbian units with at least one Greek partner: %d of %d (%.0f%%); outside Kosovo and "
                                + "Metohija %d of %d (%.0f%%)", serbianUnitsWithGreekPartner, serbianUnits,
                        percent(serbianUnitsWithGreekPartner, serbianUnits), outsideKosovoWithGreekPartner,
                        serbianUnitsOutsideKosovo, percent(outsideKosovoWithGreekPartner, serbianUnitsOutsideKosovo)),
                String.format("Ties whose reason no source gives: %d of %d (%.0f%%)", tiesWithUnknownReason, ties,
                        percent(tiesWithUnknownReason, ties)));
    }

    private String most() {
        return mostTies.stream().map(r -> r.id() + " " + r.count()).collect(Collectors.joining(", "));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
