package org.pobratim.cli;

import java.util.Locale;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.TieQuery;
import org.pobratim.atlas.TieState;
import picocli.CommandLine.Option;

/** The filters of the ties list (as {@code /api/v1/ties} takes them), for commands that select ties. */
final class TieFilterOptions {
    @Option(names = "--city", description = "only the ties of this city (its id, e.g. rs-kikinda)")
    String city;

    @Option(names = "--country", description = "only ties with a city in this country (e.g. RS)")
    String country;

    @Option(names = "--partner-country", description = "only ties with a city in this country; with --country or "
            + "--city, the partner's")
    String partnerCountry;

    @Option(names = "--kind", description = "only ties that have had an agreement of this kind (twinning, "
            + "friendship, cooperation, ...)")
    String kind;

    @Option(names = "--status", description = "only ties in this state (active, dormant, ended, unknown)")
    String status;

    @Option(names = "--reason", description = "only ties with a reason of this category")
    String reason;

    @Option(names = "--from", description = "only ties established in or after this year")
    Integer from;

    @Option(names = "--to", description = "only ties established in or before this year")
    Integer to;

    @Option(names = "--tier", description = "only ties whose best evidence is of this tier (primary, secondary, "
            + "listing)")
    String tier;

    /** A filter refused: which option and why. */
    static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message);
        }
    }

    /** The query these options make, checked against the atlas (a city that does not exist is refused). */
    TieQuery query(Atlas atlas) {
        if (city != null && atlas.city(city).isEmpty()) {
            throw new Bad("--city: no city with id '" + city + "'");
        }
        if (from != null && to != null && from > to) {
            throw new Bad("--to: " + to + " is before --from " + from);
        }
        return new TieQuery(city, country("--country", country), country("--partner-country", partnerCountry),
                coded("--kind", AgreementKind.class, kind), coded("--status", TieState.class, status),
                coded("--reason", ReasonCategory.class, reason), from, to, coded("--tier", SourceTier.class, tier));
    }

    private static String country(String option, String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("[A-Za-z]{2}")) {
            throw new Bad(option + ": '" + value + "' is not a two-letter country code (ISO 3166-1, e.g. RS)");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E> & Coded> E coded(String option, Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Coded.parse(type, value).orElseThrow(() -> new Bad(option + ": '" + value + "' is not one of "
                + Coded.choices(type)));
    }
}
