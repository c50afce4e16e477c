package org.pobratim.cli;

import java.io.PrintStream;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pobratim.atlas.Atlas;
import org.pobratim.store.RecordDocuments;

/** The JSON export: every record as the store keeps it (the other formats are org.pobratim.export's). */
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
}
