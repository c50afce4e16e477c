package org.pobratim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.atlas.GazetteerPlace;
import org.pobratim.ingest.GeoNamesReader;

/** A small real GeoNames excerpt (54 places of cities1000, CC BY GeoNames) committed for tests. */
public final class TestGazetteer {
    private TestGazetteer() {
    }

    public static Path sampleDump() {
        try {
            return Path.of(TestGazetteer.class.getResource("/geonames/sample-cities1000.txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Gazetteer sample() {
        List<GazetteerPlace> places = new ArrayList<>();
        try {
            GeoNamesReader.Reading reading = GeoNamesReader.read(sampleDump().toString(), places::add, (r, t) -> { });
            if (!reading.problems().isEmpty()) {
                throw new IllegalStateException(reading.problems().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(places);
    }
}
