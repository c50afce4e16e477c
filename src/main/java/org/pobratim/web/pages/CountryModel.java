package org.pobratim.web.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieQuery;

/** A partner country's page: the Serbian units with partners there, on a map and in a table. */
final class CountryModel {
    /** Kosovo's code in GeoNames and CLDR, which ISO 3166 has not assigned. */
    private static final String KOSOVO = "XK";

    private CountryModel() {
    }

    static Optional<Views.CountryPage> build(PageParts parts, String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{2}") || !Arrays.asList(Locale.getISOCountries()).contains(upper)
                && !upper.equals(KOSOVO)) {
            return Optional.empty();
        }
        PageText text = parts.text;
        List<Tie> ties = parts.atlas.findTies(new TieQuery(null, Serbia.CODE, upper, null, null, null, null, null),
                0, Integer.MAX_VALUE).items();
        String name = text.country(upper);
        long units = ties.stream().map(t -> parts.sides(t).home().id()).distinct().count();
        String summary = ties.isEmpty() ? text.t("country.none", name)
                : text.t("country.description", units, ties.size(), name);
        return Optional.of(new Views.CountryPage(parts.chrome(text.t("country.title", name), summary,
                "/country/" + upper.toLowerCase(Locale.ROOT)), name, summary, parts.mapJson(ties, null),
                parts.rows(ties, null)));
    }
}
