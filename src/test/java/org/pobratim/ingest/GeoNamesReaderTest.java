package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestGazetteer;
import org.pobratim.atlas.GazetteerPlace;

/** The GeoNames reader on the three ways a dump arrives: a text file, a zip, an http URL (on loopback). */
class GeoNamesReaderTest {
    @TempDir
    Path dir;

    private static List<GazetteerPlace> readAll(String location) throws IOException {
        List<GazetteerPlace> places = new ArrayList<>();
        GeoNamesReader.Reading reading = GeoNamesReader.read(location, places::add, (r, t) -> { });
        assertThat(reading.problems()).isEmpty();
        return places;
    }

    @Test
    void readsEveryFieldTheAtlasNeeds() throws IOException {
        List<GazetteerPlace> places = readAll(TestGazetteer.sampleDump().toString());
        assertThat(places).hasSize(54);
        GazetteerPlace sabac = places.stream().filter(p -> p.geonameId() == 3191376L).findFirst().orElseThrow();
        assertThat(sabac.name()).isEqualTo("Šabac");
        assertThat(sabac.asciiName()).isEqualTo("Sabac");
        assertThat(sabac.alternateNames()).contains("Шабац");
        assertThat(sabac.country()).isEqualTo("RS");
        assertThat(sabac.featureClass()).isEqualTo("P");
        assertThat(sabac.featureCode()).isEqualTo("PPLA2");
        assertThat(sabac.population()).isEqualTo(55114);
        assertThat(sabac.location().lat()).isBetween(44.7, 44.8);
    }

    @Test
    void readsTheDumpInsideAZip() throws IOException {
        Path zip = dir.resolve("cities1000.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not the dump".getBytes());
            out.putNextEntry(new ZipEntry("cities1000.txt"));
            Files.copy(TestGazetteer.sampleDump(), out);
        }
        assertThat(readAll(zip.toString())).hasSize(54);
    }

    @Test
    void readsADumpFromAnHttpUrl() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = Files.readAllBytes(TestGazetteer.sampleDump());
        server.createContext("/cities1000.txt", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            List<Long> progress = new ArrayList<>();
            List<GazetteerPlace> places = new ArrayList<>();
            GeoNamesReader.read(url + "/cities1000.txt", places::add, (read, total) -> progress.add(read));
            assertThat(places).hasSize(54);
            assertThat(progress).isNotEmpty().last().isEqualTo((long) body.length);
            assertThatThrownBy(() -> readAll(url + "/missing.txt")).hasMessageContaining("404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aLineWithTooFewColumnsIsAProblemWithItsLine() throws IOException {
        Path dump = dir.resolve("short.txt");
        Files.writeString(dump, Files.readString(TestGazetteer.sampleDump()) + "1\tOnly\tthree\n");
        GeoNamesReader.Reading reading = GeoNamesReader.read(dump.toString(), p -> { }, (r, t) -> { });
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(55);
            assertThat(p.message()).contains("3 tab-separated columns");
        });
    }
}
