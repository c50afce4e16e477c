package org.pobratim.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
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

    static Source source(String json) {
        return read(json, StoredRecords.SourceDoc.class).toSource();
    }

    static City city(String json) {
        return read(json, StoredRecords.CityDoc.class).toCity();
    }

    static Tie tie(String json) {
        return read(json, StoredRecords.TieDoc.class).toTie();
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
