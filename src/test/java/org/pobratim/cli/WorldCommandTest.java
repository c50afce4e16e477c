package org.pobratim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pobratim world import} as a user runs it: its summary, its exit codes, and a store left alone on bad input. */
class WorldCommandTest {
    /** Three places in the GeoNames dump format (19 tab-separated columns). */
    private static final List<String> GAZETTEER = List.of(
            "789518\tKikinda\tKikinda\tKikinda,Кикинда\t45.82972\t20.46528\tP\tPPLA2\tRS\t\t00\t\t\t\t38065\t\t80\tEurope/Belgrade\t2020-01-01",
            "715429\tSzeged\tSzeged\tSegedin,Szeged\t46.253\t20.14824\tP\tPPLA\tHU\t\t21\t\t\t\t161879\t\t84\tEurope/Budapest\t2020-01-01",
            "3144987\tNarvik\tNarvik\tNarvik\t68.43851\t17.42731\tP\tPPL\tNO\t\t18\t\t\t\t18512\t\t10\tEurope/Oslo\t2020-01-01");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private String db;
    private Path pairs;
    private Path geocoded;

    @BeforeEach
    void captureOutputAndWriteTheLists() throws IOException {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        db = dir.resolve("db").toString();
        pairs = Files.writeString(dir.resolve("pairs.csv"), "city1,country1,city2,country2\n"
                + "Kikinda,Serbia,Szeged,Hungary\nKikinda,Serbia,Atlantis,Greece\n");
        geocoded = Files.writeString(dir.resolve("geocoded.csv"), "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"
                + "Kikinda,Serbia,45.83,20.46,Szeged,Hungary,46.25,20.15\n");
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args);
    }

    private void runOk(String... args) {
        assertThat(run(args)).as(() -> String.join(" ", args) + " failed: " + stderr()).isZero();
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void importGazetteer() throws IOException {
        Path dump = Files.write(dir.resolve("cities.txt"), GAZETTEER);
        runOk("gazetteer", "import", dump.toString(), "--db-dir", db);
    }

    @Test
    void importsTheListsAndSaysWhatItDid() throws IOException {
        importGazetteer();
        Path report = dir.resolve("findings.csv");

        runOk("world", "import", "--pairs", pairs.toString(), "--geocoded", geocoded.toString(), "--db-dir", db,
                "--report", report.toString());

        assertThat(stdout().lines()).first().isEqualTo("read 2 rows: 1 pairs placed, 1 ties listed (1 new, 0 already "
                + "in the atlas, 0 of them with a partner placed elsewhere); 2 new cities; 1 unplaced rows; 0 "
                + "one-sided statements; 0 ties no longer listed (0 of them deleted)");
        assertThat(stdout()).contains("store: 5 created, 0 updated, 0 unchanged");
        assertThat(Files.readAllLines(report)).containsExactly("kind,source,file,line,subject,country,reason,candidates",
                "unplaced,wikipedia-twin-town-lists," + pairs + ",3,Atlantis,Greece,no place of that name,");

        runOk("export", "--format", "csv", "--db-dir", db);
        assertThat(stdout().lines()).anySatisfy(l -> assertThat(l)
                .startsWith("hu-szeged--rs-kikinda,hu-szeged,Szeged,HU,rs-kikinda,Kikinda,RS,"));
    }

    @Test
    void importingTheSameListsAgainChangesNothing() throws IOException {
        importGazetteer();
        runOk("world", "import", "--pairs", pairs.toString(), "--geocoded", geocoded.toString(), "--db-dir", db);
        runOk("export", "--format", "json", "--db-dir", db);
        String once = stdout();

        runOk("world", "import", "--pairs", pairs.toString(), "--geocoded", geocoded.toString(), "--db-dir", db);
        assertThat(stdout()).contains("store: 0 created, 0 updated, ");
        runOk("export", "--format", "json", "--db-dir", db);
        assertThat(stdout()).isEqualTo(once);
    }

    @Test
    void withoutAnyListItIsAUsageError() {
        assertThat(run("world", "import", "--db-dir", db)).isEqualTo(Main.EXIT_USAGE);
        assertThat(stderr()).contains("give --pairs, --wikidata or --wikidata-endpoint");
    }

    @Test
    void withAnEmptyGazetteerItTellsToImportOneFirst() {
        assertThat(run("world", "import", "--pairs", pairs.toString(), "--db-dir", db)).isEqualTo(Main.EXIT_INVALID);
        assertThat(stderr()).contains("gazetteer: is empty: import one first").contains("pobratim gazetteer import")
                .contains("nothing imported");
    }

    @Test
    void aBrokenRowIsNamedAndNothingIsImported() throws IOException {
        importGazetteer();
        runOk("export", "--format", "json", "--db-dir", db);
        String before = stdout();
        Path broken = Files.writeString(dir.resolve("broken.csv"), "city1,country1,city2,country2\n"
                + "Kikinda,Serbia,Szeged,Hungary\n,Serbia,Narvik,Norway\n");

        assertThat(run("world", "import", "--pairs", broken.toString(), "--db-dir", db)).isEqualTo(Main.EXIT_INVALID);
        assertThat(stderr()).contains(broken + ":3: city1: is empty").contains("nothing imported: 1 problem(s)");

        runOk("export", "--format", "json", "--db-dir", db);
        assertThat(stdout()).isEqualTo(before);
    }
}
