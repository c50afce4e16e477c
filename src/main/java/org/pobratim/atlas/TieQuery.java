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
 */
public record TieQuery(String city, String country, String partnerCountry, AgreementKind kind, TieState state,
                       ReasonCategory reason, Integer fromYear, Integer toYear) {
    public static final TieQuery ALL = new TieQuery(null, null, null, null, null, null, null, null);

    /** Every tie with a city in {@code country}. */
    public static TieQuery ofCountry(String country) {
        return new TieQuery(null, country, null, null, null, null, null, null);
    }
}
