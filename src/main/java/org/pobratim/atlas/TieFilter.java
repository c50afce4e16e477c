package org.pobratim.atlas;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The ties list's filters as text — query parameters of {@code /api/v1/ties} and {@code /api/v1/export/*}, options of
 * {@code pobratim export} — read into a {@link TieQuery} and checked against the atlas, one set of rules for all.
 */
public final class TieFilter {
    /** The filters by their API names (the command line spells {@code partnerCountry} as --partner-country). */
    public static final List<String> NAMES = List.of("city", "country", "partnerCountry", "kind", "status", "reason",
            "from", "to", "tier");
    public static final int LATEST_YEAR = 9999;

    private TieFilter() {
    }

    /** A filter refused: which one (its API name) and why. */
    public static final class Refused extends IllegalArgumentException {
        private final String filter;

        Refused(String filter, String message) {
            super(message);
            this.filter = filter;
        }

        public String filter() {
            return filter;
        }
    }

    /**
     * The query the filters make. {@code values} gives a filter's text by its API name, null or blank when the
     * filter is not given; a city that is not in the atlas is refused, like every malformed value.
     */
    public static TieQuery parse(Function<String, String> values, Atlas atlas) {
        Function<String, String> given = name -> {
            String v = values.apply(name);
            return v == null || v.isBlank() ? null : v.strip();
        };
        String city = given.apply("city");
        if (city != null && atlas.city(city).isEmpty()) {
            throw new Refused("city", "no city with id '" + city + "'");
        }
        Integer from = year("from", given.apply("from"));
        Integer to = year("to", given.apply("to"));
        if (from != null && to != null && from > to) {
            throw new Refused("to", to + " is before from=" + from);
        }
        return new TieQuery(city, country("country", given.apply("country")),
                country("partnerCountry", given.apply("partnerCountry")),
                coded("kind", AgreementKind.class, given.apply("kind")),
                coded("status", TieState.class, given.apply("status")),
                coded("reason", ReasonCategory.class, given.apply("reason")), from, to,
                coded("tier", SourceTier.class, given.apply("tier")));
    }

    private static String country(String filter, String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("[A-Za-z]{2}")) {
            throw new Refused(filter, "'" + value + "' is not an ISO 3166-1 alpha-2 country code like RS");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private static Integer year(String filter, String value) {
        if (value == null) {
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new Refused(filter, "'" + value + "' is not a whole number");
        }
        if (year < PartialDate.EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new Refused(filter, year + " is outside " + PartialDate.EARLIEST_YEAR + ".." + LATEST_YEAR);
        }
        return year;
    }

    private static <E extends Enum<E> & Coded> E coded(String filter, Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Coded.parse(type, value).orElseThrow(() -> new Refused(filter, "'" + value + "' is not one of "
                + Coded.choices(type)));
    }
}
