package org.pobratim.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.pobratim.store.GazetteerService;

/** Imports a GeoNames dump into the gazetteer: streamed, all-or-nothing, idempotent (keyed by GeoNames id). */
public final class GazetteerImport {
    private GazetteerImport() {
    }

    /**
     * Streams the dump at {@code location} into the store in one transaction. Any bad line rejects the whole
     * dump ({@link InputRejected} with every problem) and the store keeps what it had.
     */
    public static GazetteerService.ImportResult run(GazetteerService service, String location, String actor,
                                                    GeoNamesReader.ByteProgress progress) {
        return service.importPlaces(location, actor, sink -> {
            AtomicInteger places = new AtomicInteger();
            GeoNamesReader.Reading reading;
            try {
                reading = GeoNamesReader.read(location, place -> {
                    places.incrementAndGet();
                    sink.accept(place);
                }, progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!reading.problems().isEmpty()) {
                throw new InputRejected(reading.problems());
            }
            if (places.get() == 0) {
                throw new InputRejected(List.of(new Problem(location, 0, null, "holds no places")));
            }
        });
    }
}
