package org.pobratim.atlas;

/**
 * Filters for listing ties; a null field does not filter.
 *
 * @param city          only ties of this city
 * @param country       only ties with a city in this country (the "home" side)
 * @param partnerCountry only ties with a city in this country; with {@code country} or {@code city} set, the
 *                      partner is the other side of the tie
 * @param kind          only ties that have had an agreement of this kind
 * @param fromYear      established in or after this year (ties of unknown date are left out)
 * @param toYear        established in or before this year (ties of unknown date are left out)
 * @param tier          only ties whose best evidence is of this tier ({@link Atlas#tier})
 */
public record TieQuery(String city, String country, String partnerCountry, AgreementKind kind, TieState state,
                       ReasonCategory reason, Integer fromYear, Integer toYear, SourceTier tier) {
    public static final TieQuery ALL = new TieQuery(null, null, null, null, null, null, null, null, null);

    /** Without a tier filter. */
    public TieQuery(String city, String country, String partnerCountry, AgreementKind kind, TieState state,
                    ReasonCategory reason, Integer fromYear, Integer toYear) {
        this(city, country, partnerCountry, kind, state, reason, fromYear, toYear, null);
    }

    /** Every tie with a city in {@code country}. */
    public static TieQuery ofCountry(String country) {
        return new TieQuery(null, country, null, null, null, null, null, null, null);
    }

    /** True when the tie passes every filter that is set. */
    public boolean matches(Tie tie, Atlas atlas) {
        TieQuery q = this;
        if (q.city() != null && !tie.involves(q.city())) {
            return false;
        }
        if (q.country() != null && !atlas.cities().get(tie.cityA()).country().equals(q.country())
                && !atlas.cities().get(tie.cityB()).country().equals(q.country())) {
            return false;
        }
        if (q.partnerCountry() != null && !partnerCountryMatches(tie, q, atlas)) {
            return false;
        }
        if (q.kind() != null && tie.agreements().stream().noneMatch(a -> a.kind() == q.kind())) {
            return false;
        }
        if (q.state() != null && tie.status().state() != q.state()) {
            return false;
        }
        if (q.reason() != null && !tie.reasonCategories().contains(q.reason())) {
            return false;
        }
        if (q.tier() != null && atlas.tier(tie) != q.tier()) {
            return false;
        }
        if (q.fromYear() != null || q.toYear() != null) {
            Integer year = tie.established().yearOrNull();
            return year != null && (q.fromYear() == null || year >= q.fromYear())
                    && (q.toYear() == null || year <= q.toYear());
        }
        return true;
    }

    /** With a city or a home country, the partner is the other side of the tie; without, either city counts. */
    private static boolean partnerCountryMatches(Tie tie, TieQuery q, Atlas atlas) {
        if (q.city() != null) {
            return atlas.partnerOf(tie, q.city()).country().equals(q.partnerCountry());
        }
        if (q.country() != null) {
            return atlas.sides(tie, q.country()).partner().country().equals(q.partnerCountry());
        }
        return atlas.cities().get(tie.cityA()).country().equals(q.partnerCountry())
                || atlas.cities().get(tie.cityB()).country().equals(q.partnerCountry());
    }
}
