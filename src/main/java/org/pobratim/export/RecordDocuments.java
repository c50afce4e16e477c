package org.pobratim.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;

/**
 * The JSON documents the store keeps of sources, cities and ties ({@code doc} columns and revisions), and that the
 * JSON export writes: stable field and map order, no nulls, ISO dates. The document shapes are their own records
 * ({@link StoredRecords}), so that renaming a field of a domain record cannot silently change what is in the
 * database; equal records have equal text, so re-importing unchanged data writes no revision.
 */
public final class RecordDocuments {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    private RecordDocuments() {
    }

    public static String write(Source source) {
        return json(StoredRecords.SourceDoc.of(source));
    }

    public static String write(City city) {
        return json(StoredRecords.CityDoc.of(city));
    }

    public static String write(Tie tie) {
        return json(StoredRecords.TieDoc.of(tie));
    }

    public static Source source(String json) {
        return read(json, StoredRecords.SourceDoc.class).toSource();
    }

    public static City city(String json) {
        return read(json, StoredRecords.CityDoc.class).toCity();
    }

    public static Tie tie(String json) {
        return read(json, StoredRecords.TieDoc.class).toTie();
    }

    /**
     * The JSON export: the selection's records in document form, keys in order, with the atlas version —
     * {@code {"cities":[...],"sources":[...],"ties":[...],"version":N}}, a record per line.
     */
    static void write(Selection s, Writer out) {
        try {
            out.write("{\"cities\":");
            array(s.cities(), RecordDocuments::write, out);
            out.write(",\"sources\":");
            array(s.sources(), RecordDocuments::write, out);
            out.write(",\"ties\":");
            array(s.ties(), RecordDocuments::write, out);
            out.write(",\"version\":" + s.atlas().version() + "}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void array(List<T> records, Function<T, String> document, Writer out) throws IOException {
        out.write("[");
        for (int i = 0; i < records.size(); i++) {
            out.write(i == 0 ? "\n" : ",\n");
            out.write(document.apply(records.get(i)));
        }
        out.write("]");
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
