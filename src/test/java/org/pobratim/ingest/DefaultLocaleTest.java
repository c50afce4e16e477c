package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.GazetteerPlace;

/** What ingest writes and reads as codes or numbers does not change with the machine's default locale. */
class DefaultLocaleTest {
    private final Locale defaultLocale = Locale.getDefault();
    private final Locale displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
    private final Locale formatLocale = Locale.getDefault(Locale.Category.FORMAT);

    @TempDir
    Path dir;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(defaultLocale);
        Locale.setDefault(Locale.Category.DISPLAY, displayLocale);
        Locale.setDefault(Locale.Category.FORMAT, formatLocale);
    }

    @Test
    void theResolutionCsvWritesDecimalPointsOnASerbianMachine() {
        Locale.setDefault(Locale.forLanguageTag("sr-RS"));
        Coordinates kikinda = new Coordinates(45.82978, 20.46525);
        PlaceCandidate match = new PlaceCandidate("rs-kikinda", "Kikinda", "Kikinda", "RS", null, kikinda, 38065,
                "PPLA2", 1.0);
        Resolution resolution = new Resolution("Kikinda", "RS", true, match, 0.9, "exact name", List.of(), List.of());
        Coordinates reference = new Coordinates(45.9, 20.46525); // 7.8 km north
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ResolutionReport.writeCsv(List.of(resolution),
                Map.of(new ResolutionReport.NamedPlace("Kikinda", "RS"), List.of(reference)),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")[1])
                .isEqualTo("Kikinda,RS,resolved,rs-kikinda,Kikinda,RS,45.82978,20.46525,0.900,exact name,,,7.8");
    }

    @Test
    void aZipNamedInCapitalsIsUnzippedOnATurkishMachine() throws IOException {
        // in Turkish, "CITIES1000.ZIP".toLowerCase() is "cıtıes1000.zıp", which does not end in ".zip"
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        Path zip = dir.resolve("CITIES1000.ZIP");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("CITIES1000.TXT"));
            out.write(String.join("\t", "789996", "Kikinda", "Kikinda", "Nagykikinda", "45.82978", "20.46525", "P",
                    "PPLA2", "RS", "", "00", "", "", "", "38065", "", "80", "Europe/Belgrade", "2023-01-01")
                    .getBytes(StandardCharsets.UTF_8));
        }
        List<GazetteerPlace> places = new ArrayList<>();

        GeoNamesReader.Reading reading = GeoNamesReader.read(zip.toString(), places::add, (read, total) -> { });

        assertThat(reading.problems()).isEmpty();
        assertThat(places).extracting(GazetteerPlace::geonameId).containsExactly(789996L);
    }

    @Test
    void aDateReadFromDataKeepsItsDigitsOnAnArabicMachine() throws IOException {
        // Egyptian Arabic formats numbers with Arabic-Indic digits: 1966 would become ١٩٦٦
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        Path ties = Files.writeString(dir.resolve("rs-kikinda.yaml"), """
                city: rs-kikinda
                ties:
                  - partner: no-narvik
                    agreements: [{kind: friendship, date: 1966-05, sources: [article]}]
                """);

        BundleReader.BundleReading reading = BundleReader.read(ties);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.bundle().ties()).extracting(t -> t.value().established().toString())
                .containsExactly("1966-05");
    }
}
