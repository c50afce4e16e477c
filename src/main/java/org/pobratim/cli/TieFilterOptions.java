package org.pobratim.cli;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.TieFilter;
import org.pobratim.atlas.TieQuery;
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
    String from;

    @Option(names = "--to", description = "only ties established in or before this year")
    String to;

    @Option(names = "--tier", description = "only ties whose best evidence is of this tier (primary, secondary, "
            + "listing)")
    String tier;

    /** A filter refused: which option and why. */
    static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message);
        }
    }

    /** The query these options make, checked against the atlas by the ties list's rules ({@link TieFilter}). */
    TieQuery query(Atlas atlas) {
        Map<String, String> values = new HashMap<>();
        values.put("city", city);
        values.put("country", country);
        values.put("partnerCountry", partnerCountry);
        values.put("kind", kind);
        values.put("status", status);
        values.put("reason", reason);
        values.put("from", from);
        values.put("to", to);
        values.put("tier", tier);
        try {
            return TieFilter.parse(values::get, atlas);
        } catch (TieFilter.Refused e) {
            throw new Bad(option(e.filter()) + ": " + e.getMessage());
        }
    }

    /** The option a filter is given by: {@code partnerCountry} is --partner-country. */
    private static String option(String filter) {
        return "--" + filter.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
