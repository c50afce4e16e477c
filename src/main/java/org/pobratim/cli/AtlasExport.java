package org.pobratim.cli;

import java.io.PrintStream;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.Tie;
import org.pobratim.store.RecordDocuments;

/** The export formats: JSON records (as the store keeps them), and CSV (RFC 4180) for spreadsheets. */
final class AtlasExport {
    private AtlasExport() {
    }

    /** Every record in the store's document form ({@link RecordDocuments}), with the atlas version; keys in order. */
    static void json(Atlas atlas, PrintStream out) {
        out.println("{\"cities\":" + array(atlas.cities().values(), RecordDocuments::write)
                + ",\"sources\":" + array(atlas.sources().values(), RecordDocuments::write)
                + ",\"ties\":" + array(atlas.ties().values(), RecordDocuments::write)
                + ",\"version\":" + atlas.version() + "}");
    }

    private static <T> String array(Collection<T> records, Function<T, String> document) {
        return records.stream().map(document).collect(Collectors.joining(",", "[", "]"));
    }

    static void tiesCsv(Atlas atlas, PrintStream out) {
        row(out, "id", "city_a", "name_a", "country_a", "city_b", "name_b", "country_b", "established", "kinds",
                "status", "reasons", "source_urls");
        for (Tie t : atlas.ties().values()) {
            City a = atlas.cities().get(t.cityA());
            City b = atlas.cities().get(t.cityB());
            row(out, t.id(), a.id(), a.displayName(), a.country(), b.id(), b.displayName(), b.country(),
                    t.established().toString(),
                    t.agreements().stream().map(Agreement::kind).distinct().map(Coded::code).collect(Collectors.joining(";")),
                    t.status().state().code(),
                    t.reasonCategories().stream().map(Coded::code).collect(Collectors.joining(";")),
                    t.sourceIds().stream().map(id -> atlas.sources().get(id).url()).collect(Collectors.joining(" ")));
        }
    }

    static void citiesCsv(Atlas atlas, PrintStream out) {
        row(out, "id", "name_en", "name_sr_latn", "name_sr_cyrl", "country", "lat", "lon", "population",
                "population_year", "geonames_id", "wikidata_id", "admin_type", "district", "ties");
        for (City c : atlas.cities().values()) {
            row(out, c.id(), c.displayName(), c.names().getOrDefault("sr-Latn", ""), c.names().getOrDefault("sr-Cyrl", ""),
                    c.country(), Double.toString(c.location().lat()), Double.toString(c.location().lon()),
                    c.population() == null ? "" : Long.toString(c.population().count()),
                    c.population() == null || c.population().year() == null ? "" : c.population().year().toString(),
                    c.geonamesId() == null ? "" : c.geonamesId().toString(),
                    c.wikidataId() == null ? "" : c.wikidataId(),
                    c.admin() == null ? "" : c.admin().type().code(),
                    c.admin() == null || c.admin().district() == null ? "" : c.admin().district(),
                    Integer.toString(atlas.tiesOf(c.id()).size()));
        }
    }

    private static void row(PrintStream out, String... cells) {
        out.print(java.util.Arrays.stream(cells).map(AtlasExport::cell).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
