package org.pobratim.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.PartialDate;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;

/** The Wikipedia lists' twin-pairs CSV, with its geocoded variant, read into listed pairs or rejected as a whole. */
class TwinPairsCsvTest {
    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static List<ListedPair> read(Path raw, Path geocoded) {
        List<ListedPair> pairs = new ArrayList<>();
        TwinPairsCsv.read(raw, geocoded, pairs::add);
        return pairs;
    }

    @Test
    void pairsKeepTheNamesAndCountriesAsWrittenWithTheirLines() throws IOException {
        Path raw = file("pairs.csv", "city1,country1,city2,country2",
                "Zemun (Belgrade),Serbia,Coventry,England",
                "\"Salisbury, Maryland\",United States,  Kikinda  ,Serbia");

        List<ListedPair> pairs = read(raw, null);

        assertThat(pairs).hasSize(2);
        ListedPair first = pairs.get(0);
        assertThat(first.file()).isEqualTo(raw.toString());
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.a()).isEqualTo(ListedPlace.named("Zemun (Belgrade)", "Serbia"));
        assertThat(first.b()).isEqualTo(ListedPlace.named("Coventry", "England"));
        assertThat(first.start()).isEqualTo(PartialDate.UNKNOWN);
        assertThat(first.end()).isEqualTo(PartialDate.UNKNOWN);
        assertThat(first.reference()).isNull();
        ListedPair second = pairs.get(1);
        assertThat(second.line()).isEqualTo(3);
        assertThat(second.a().name()).isEqualTo("Salisbury, Maryland");
        assertThat(second.a().country()).isEqualTo("United States");
        assertThat(second.b().name()).as("stripped of the spaces around it").isEqualTo("Kikinda");
        assertThat(second.a().point()).isNull();
        assertThat(second.a().qid()).isNull();
    }

    @Test
    void anEmptyCountryIsAcceptedAsNoCountry() throws IOException {
        Path raw = file("pairs.csv", "city1,country1,city2,country2", "Kikinda,,Narvik,Norway");

        List<ListedPair> pairs = read(raw, null);

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.a().name()).isEqualTo("Kikinda");
            assertThat(p.a().country()).isNull();
            assertThat(p.b().country()).isEqualTo("Norway");
        });
    }

    @Test
    void theGeocodedFileGivesEachSideItsPointJoinedByTheFourNames() throws IOException {
        Path raw = file("pairs.csv", "city1,country1,city2,country2",
                "Kikinda,Serbia,Narvik,Norway",
                "Kikinda,Serbia,Szeged,Hungary",
                "Bor,Serbia,Bor,Turkey");
        // in another order, with one row of the raw file missing and one that is not in it; one side without a point
        Path geocoded = file("geocoded.csv", "city1,country1,lat1,lng1,city2,country2,lat2,lng2",
                "Kikinda,Serbia,45.83,20.46,Szeged,Hungary,46.25,20.15",
                "Kikinda,Serbia,45.83,20.46,Narvik,Norway,,",
                "Kikinda,Hungary,1,1,Narvik,Norway,2,2");

        List<ListedPair> pairs = read(raw, geocoded);

        assertThat(pairs).hasSize(3);
        assertThat(pairs.get(0).a().point()).isEqualTo(new Coordinates(45.83, 20.46));
        assertThat(pairs.get(0).b().point()).as("empty cells are no point").isNull();
        assertThat(pairs.get(1).a().point()).isEqualTo(new Coordinates(45.83, 20.46));
        assertThat(pairs.get(1).b().point()).isEqualTo(new Coordinates(46.25, 20.15));
        assertThat(pairs.get(2).a().point()).as("no geocoded row with these four names").isNull();
        assertThat(pairs.get(2).b().point()).isNull();
        assertThat(pairs).extracting(ListedPair::file).containsOnly(raw.toString());
    }

    @Test
    void aRowWithAnEmptyNameRejectsTheWholeInputAndPassesNothingOn() throws IOException {
        Path raw = file("pairs.csv", "city1,country1,city2,country2",
                "Kikinda,Serbia,Narvik,Norway",
                "Kikinda,Serbia, ,Hungary",
                "Bor,Serbia,Bor,Turkey");
        List<ListedPair> passed = new ArrayList<>();

        InputRejected rejected = catchThrowableOfType(() -> TwinPairsCsv.read(raw, null, passed::add),
                InputRejected.class);

        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(raw.toString());
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("city2");
        });
        assertThat(rejected.getMessage()).contains(raw + ":3: city2: is empty");
        assertThat(passed).isEmpty();
    }

    @Test
    void aGeocodedRowWithACoordinateThatIsNotANumberRejectsTheWholeInput() throws IOException {
        Path raw = file("pairs.csv", "city1,country1,city2,country2",
                "Kikinda,Serbia,Narvik,Norway",
                "Kikinda,Serbia,Szeged,Hungary");
        Path geocoded = file("geocoded.csv", "city1,country1,lat1,lng1,city2,country2,lat2,lng2",
                "Kikinda,Serbia,45.83,20.46,Narvik,Norway,68.44,17.43",
                "Kikinda,Serbia,45.83,20.46,Szeged,Hungary,north,20.15",
                "Kikinda,Serbia,95,20.46,Bor,Turkey,37.9,34.6");
        List<ListedPair> passed = new ArrayList<>();

        InputRejected rejected = catchThrowableOfType(() -> TwinPairsCsv.read(raw, geocoded, passed::add),
                InputRejected.class);

        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).extracting(Problem::file, Problem::line, Problem::field).containsExactly(
                org.assertj.core.api.Assertions.tuple(geocoded.toString(), 3, "lat2/lng2"),
                org.assertj.core.api.Assertions.tuple(geocoded.toString(), 4, "lat1/lng1"));
        assertThat(rejected.problems().get(0).message()).contains("'north', '20.15' is not a point");
        assertThat(rejected.problems().get(1).message()).contains("latitude 95.0 is outside -90..90");
        assertThat(passed).isEmpty();
    }

    @Test
    void aFileWithoutTheColumnsIsRejectedNamingTheMissingOne() throws IOException {
        Path raw = file("pairs.csv", "city1,country1,city2", "Kikinda,Serbia,Narvik");

        InputRejected rejected = catchThrowableOfType(() -> read(raw, null), InputRejected.class);

        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("country2");
        });
    }
}
