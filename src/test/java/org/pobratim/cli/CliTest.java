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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pobratim.TestData;

/** The command line as a user runs it: exit codes, messages, and a store left alone on bad input. */
class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
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

    /** A broken file added to a copy of the fixture, and the line its problem must name. */
    record Breakage(String name, String file, int line, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Breakage> breakages() {
        String head = "city: rs-kikinda\nties:\n";
        return List.of(
                new Breakage("tie to a city that does not exist", head
                        + "  - partner: xx-atlantis\n    agreements: [{kind: twinning, sources: [fixture-list]}]\n",
                        3, "xx-atlantis"),
                new Breakage("year 2999", head + "  - partner: gb-coventry\n    agreements:\n      - kind: twinning\n"
                        + "        date: 2999\n        sources: [fixture-list]\n", 6, "2999"),
                new Breakage("self-tie", head
                        + "  - partner: rs-kikinda\n    agreements: [{kind: twinning, sources: [fixture-list]}]\n",
                        3, "itself"),
                new Breakage("broken line", head + "  - partner: gb-coventry\n    agreements: [{kind: twinning\n"
                        + "  - oops: [\n", 5, "broken YAML"));
    }

    private Path brokenData(Breakage breakage) throws IOException {
        Path data = TestData.copyOfFixture(dir.resolve("data"));
        Files.writeString(data.resolve("ties/rs-zz-broken.yaml"), breakage.file());
        return data;
    }

    @Test
    void validateAcceptsAValidDataset() {
        runOk("validate", TestData.fixture().toString());
        assertThat(stdout()).contains("is valid: 4 sources, 11 cities, 8 ties");
    }

    @ParameterizedTest
    @MethodSource("breakages")
    void validateNamesFileAndLineOfABrokenFile(Breakage breakage) throws IOException {
        Path data = brokenData(breakage);
        assertThat(run("validate", data.toString())).isEqualTo(Main.EXIT_INVALID);
        assertThat(stderr()).contains("rs-zz-broken.yaml:" + breakage.line() + ":").contains(breakage.message());
    }

    @ParameterizedTest
    @MethodSource("breakages")
    void importOfABrokenFileChangesNothing(Breakage breakage) throws IOException {
        String db = dir.resolve("db").toString();
        runOk("import", TestData.fixture().toString(), "--db-dir", db);
        runOk("export", "--format", "json", "--db-dir", db);
        String before = stdout();

        Path data = brokenData(breakage);
        // also change a valid record, which an import that is not all-or-nothing would write
        String sources = Files.readString(data.resolve("sources.yaml"));
        String changedSources = sources.replaceFirst("accessed: 20\\d\\d-\\d\\d-\\d\\d", "accessed: 2000-01-01");
        assertThat(changedSources).isNotEqualTo(sources);
        Files.writeString(data.resolve("sources.yaml"), changedSources);
        assertThat(run("import", data.toString(), "--db-dir", db)).isEqualTo(Main.EXIT_INVALID);
        assertThat(stderr()).contains("rs-zz-broken.yaml:" + breakage.line()).contains("nothing imported");

        runOk("export", "--format", "json", "--db-dir", db);
        assertThat(stdout()).isEqualTo(before);
    }

    @Test
    void importTwiceIsIdempotentAndExportsCsv() {
        String db = dir.resolve("db").toString();
        runOk("import", TestData.fixture().toString(), "--db-dir", db);
        assertThat(stdout()).contains("23 created, 0 updated, 0 unchanged");
        runOk("import", TestData.fixture().toString(), "--db-dir", db);
        assertThat(stdout()).contains("0 created, 0 updated, 23 unchanged");

        runOk("export", "--format", "csv", "--db-dir", db);
        List<String> lines = stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("id,city_a,name_a,country_a,city_b");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("no-narvik--rs-kikinda,no-narvik,Narvik,NO,rs-kikinda"));

        runOk("export", "--format", "csv", "--what", "cities", "--db-dir", db);
        assertThat(stdout().lines()).anySatisfy(l -> assertThat(l).startsWith("rs-kikinda,Kikinda,Kikinda,Кикинда,RS"));
    }

    @Test
    void exportAsABundleWritesDataFilesThatImportIntoAnotherStoreAsTheSameAtlas() throws IOException {
        String db = dir.resolve("db").toString();
        runOk("import", TestData.fixture().toString(), "--db-dir", db);
        assertThat(run("export", "--format", "bundle", "--db-dir", db)).isEqualTo(2);
        assertThat(stderr()).contains("needs the folder");

        Path bundle = dir.resolve("bundle");
        runOk("export", "--format", "bundle", bundle.toString(), "--db-dir", db);
        assertThat(stderr()).contains("to " + bundle);
        assertThat(bundle.resolve("sources.yaml")).exists();
        assertThat(bundle.resolve("ties/rs-kikinda.yaml")).content().startsWith("city: rs-kikinda\nties:\n");
        runOk("validate", bundle.toString());
        runOk("import", bundle.toString(), "--db-dir", db);
        assertThat(stdout()).contains("0 created, 0 updated, 23 unchanged");

        String other = dir.resolve("other").toString();
        runOk("import", bundle.toString(), "--db-dir", other);
        runOk("export", "--format", "json", "--db-dir", db);
        String first = stdout();
        runOk("export", "--format", "json", "--db-dir", other);
        assertThat(stdout()).isEqualTo(first);
    }

    @Test
    void checkReportsTheDataAndAnswersTheArticle() {
        runOk("check", TestData.fixture().toString());
        assertThat(stdout()).contains("ties without a year: 1 — rs-prizren--tr-bodrum").contains("HARD ERRORS: 0")
                .contains("Oldest tie: gb-coventry--rs-zemun (1957)")
                .contains("Serbian units with at least one Greek partner: 1 of 5");
        runOk("check", "--markdown", TestData.fixture().toString());
        assertThat(stdout()).startsWith("# Data quality").contains("| twinning |");
    }

    @Test
    void checkFailsOnABrokenFile() throws IOException {
        Path data = brokenData(breakages().get(0));
        assertThat(run("check", data.toString())).isEqualTo(Main.EXIT_INVALID);
        assertThat(stderr()).contains("rs-zz-broken.yaml:3").contains("is not valid");
    }

    @Test
    void usageErrorsAndAnUnreachableStoreGiveClearMessagesAndNonZeroCodes() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("export", "--format", "xml")).isEqualTo(2);
        assertThat(stderr()).contains("xml");
        assertThat(run("import", "data", "--db-url", "jdbc:mysql://nowhere/x")).isEqualTo(Main.EXIT_USAGE);
        assertThat(stderr()).contains("--db-url").contains("jdbc:mysql://nowhere/x").contains("jdbc:h2:")
                .contains("jdbc:postgresql:");
        assertThat(run("export", "--db-url", "jdbc:postgresql://127.0.0.1:1/nothing")).isEqualTo(Main.EXIT_STORE);
        assertThat(stderr()).contains("error: Failed to initialize pool").contains("127.0.0.1:1");
    }

    /**
     * The export formats held byte for byte on the fixture ({@code golden/export/}); record anew on purpose with
     * {@code -Dpobratim.golden.update=true}.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"json,ties,export.json", "csv,ties,ties.csv", "csv,cities,cities.csv",
        "cities-csv,ties,cities.csv", "datapackage,ties,datapackage.json", "geojson,ties,ties.geojson",
        "graphml,ties,ties.graphml", "gexf,ties,ties.gexf", "jsonld,ties,ties.jsonld", "turtle,ties,ties.ttl"})
    void exportsOfTheFixtureAreTheGoldenOnes(String format, String what, String file) throws IOException {
        String db = dir.resolve("db").toString();
        runOk("import", TestData.fixture().toString(), "--db-dir", db);
        runOk("export", "--format", format, "--what", what, "--created", "2026-12-03", "--db-dir", db);
        Path golden = Path.of("src/test/resources/golden/export", file);
        if (Boolean.getBoolean("pobratim.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, stdout());
        }
        assertThat(stdout()).isEqualTo(Files.readString(golden));
    }

    @Test
    void anExportTakesTheFiltersOfTheTiesListAndRefusesABadOneNamingTheOption() throws IOException {
        String db = dir.resolve("db").toString();
        runOk("import", TestData.fixture().toString(), "--db-dir", db);
        runOk("export", "--format", "csv", "--city", "rs-kikinda", "--db-dir", db);
        List<String> kikinda = stdout().lines().skip(1).toList();
        assertThat(kikinda).isNotEmpty().allSatisfy(l -> assertThat(l).contains("rs-kikinda"));
        runOk("export", "--format", "csv", "--db-dir", db);
        assertThat(stdout().lines().skip(1).filter(l -> l.contains("rs-kikinda,"))).hasSameSizeAs(kikinda);

        runOk("export", "--format", "graphml", "--city", "rs-kikinda", "--db-dir", db);
        assertThat(count(stdout(), "<edge ")).isEqualTo(kikinda.size());
        assertThat(count(stdout(), "<node ")).as("Kikinda and its partners").isEqualTo(kikinda.size() + 1);

        assertThat(run("export", "--format", "csv", "--kind", "marriage", "--db-dir", db)).isEqualTo(2);
        assertThat(stderr()).contains("--kind").contains("'marriage'").contains("twinning");
        assertThat(run("export", "--format", "geojson", "--city", "rs-atlantis", "--db-dir", db)).isEqualTo(2);
        assertThat(stderr()).contains("--city").contains("rs-atlantis");
        assertThat(run("export", "--format", "xls", "--db-dir", db)).isEqualTo(2);
        assertThat(stderr()).contains("--format").contains("'xls'").contains("graphml");
        Path qs = dir.resolve("p190.qs");
        assertThat(run("export", "--format", "quickstatements", "-o", qs.toString(), "--db-dir", db)).isEqualTo(2);
        assertThat(stderr()).contains("no Wikidata P190 statements");
        assertThat(qs).as("a refused export leaves no file").doesNotExist();
        assertThat(run("export", "--format", "bundle", dir.resolve("out").toString(), "--country", "RS",
                "--db-dir", db)).isEqualTo(2);
        assertThat(stderr()).contains("whole store");

        runOk("export", "--format", "json", "--city", "rs-kikinda", "--db-dir", db);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(stdout());
        assertThat(json.path("ties")).hasSize(kikinda.size())
                .allSatisfy(t -> assertThat(t.path("id").asText()).contains("rs-kikinda"));
        assertThat(json.path("cities")).hasSize(kikinda.size() + 1);
        java.util.Set<String> cited = new java.util.TreeSet<>();
        json.path("ties").forEach(t -> {
            t.findValues("sources").forEach(list -> list.forEach(src -> cited.add(src.asText())));
            t.findValues("source").forEach(src -> cited.add(src.asText()));
        });
        java.util.Set<String> sources = new java.util.TreeSet<>();
        json.path("sources").forEach(src -> sources.add(src.path("id").asText()));
        assertThat(sources).as("the sources the selected ties cite, and no other").isNotEmpty().isEqualTo(cited);
    }

    @Test
    void aReleaseIsADatedChecksummedSetOfEveryExportWithItsNoticeAndIsNeverOverwritten() throws Exception {
        String db = dir.resolve("db").toString();
        runOk("import", TestData.fixture().toString(), "--db-dir", db);
        Path releases = dir.resolve("releases");
        runOk("release", releases.toString(), "--date", "2026-12-03", "--db-dir", db);
        Path folder = releases.resolve("pobratim-2026-12-03");
        assertThat(Files.readString(releases.resolve("LATEST")).strip()).isEqualTo("pobratim-2026-12-03");
        for (org.pobratim.export.ExportFormat f : org.pobratim.export.ExportFormat.values()) {
            boolean wikidata = f == org.pobratim.export.ExportFormat.QUICKSTATEMENTS
                    || f == org.pobratim.export.ExportFormat.WIKIDATA_REPORT;
            assertThat(Files.exists(folder.resolve(f.fileName()))).as(f.fileName()).isEqualTo(!wikidata);
        }
        assertThat(stderr()).contains("left out wikidata-p190.qs").contains("no Wikidata P190 statements");
        runOk("export", "--format", "geojson", "--created", "2026-12-03", "--db-dir", db);
        assertThat(Files.readString(folder.resolve("ties.geojson"))).isEqualTo(stdout());
        assertThat(Files.readString(folder.resolve("NOTICE"))).contains("GeoNames").contains("CC-BY-4.0")
                .contains("Natural Earth").contains("public domain").contains("Wikidata").contains("CC0-1.0")
                .contains("Wikipedia").contains("CC-BY-SA-4.0").contains("made 2026-12-03");
        Process check = new ProcessBuilder("sha256sum", "-c", "--strict", "SHA256SUMS").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String checked = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(check.waitFor()).as(checked).isZero();
        assertThat(checked.lines()).hasSize(10).allSatisfy(l -> assertThat(l).endsWith(": OK"));

        Files.writeString(folder.resolve("ties.csv"), "changed");
        assertThat(run("release", releases.toString(), "--date", "2026-12-03", "--db-dir", db)).isEqualTo(2);
        assertThat(stderr()).contains("exists already");
        assertThat(Files.readString(folder.resolve("ties.csv"))).as("left as it was").isEqualTo("changed");
        runOk("release", releases.toString(), "--date", "2026-12-04", "--db-dir", db);
        assertThat(Files.readString(releases.resolve("LATEST")).strip()).isEqualTo("pobratim-2026-12-04");
        try (var left = Files.list(releases)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no half-written folder left")
                    .containsExactlyInAnyOrder("LATEST", "pobratim-2026-12-03", "pobratim-2026-12-04");
        }
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    /** Holds an H2 store open from another process, as a running server would. */
    public static final class StoreHolder {
        public static void main(String[] args) throws Exception {
            try (org.pobratim.store.Database held = org.pobratim.store.Database.open(
                    org.pobratim.store.DatabaseConfig.h2File(Path.of(args[0])))) {
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }

    @Test
    void aStoreAnotherProcessHoldsIsSaidSoWithWhatToDo() throws Exception {
        Path db = dir.resolve("held");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try {
            java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                    holder.getInputStream(), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null && !line.equals("holding"); line = lines.readLine()) {
                // the holder's log lines, until it holds the store
            }
            assertThat(run("export", "--db-dir", db.toString())).isEqualTo(Main.EXIT_STORE);
            assertThat(stderr()).contains("another Pobratim process is using the store").contains("--db-dir")
                    .doesNotContain("server mode").doesNotContain("Database may be already in use");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    /**
     * A running {@code pobratim serve} holds the embedded store: {@code pobratim import} finds it by the address it
     * left next to the store and goes through it with an import token; the server's snapshot follows.
     */
    @Test
    void anImportAgainstAStoreARunningServerHoldsGoesThroughThatServer() throws Exception {
        Path db = dir.resolve("served");
        String token;
        try (org.pobratim.app.Pobratim app = org.pobratim.app.Pobratim.open(
                org.pobratim.store.DatabaseConfig.h2File(db))) {
            var admin = app.accounts().create("ana", org.pobratim.account.Role.ADMIN, "correct horse battery", "test");
            token = app.accounts().createToken(admin, "import", java.util.Set.of(org.pobratim.account.Scope.IMPORT));
        }
        Path tokenFile = Files.writeString(dir.resolve("token"), token + "\n");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--db-dir", db.toString(), "--data", TestData.fixture().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        try {
            Path address = db.resolve(ServerAddress.FILE);
            for (int i = 0; i < 600 && !Files.exists(address); i++) {
                Thread.sleep(100);
            }
            assertThat(address).as(() -> readLog()).exists();
            Path more = dir.resolve("more/ties");
            Files.createDirectories(more);
            Files.writeString(more.resolve("rs-zemun.yaml"), "city: rs-zemun\nties:\n  - partner: jp-fujimi\n"
                    + "    agreements:\n      - kind: friendship\n        date: 1999\n        sources: [fixture-news]\n");

            assertThat(run("import", dir.resolve("more").toString(), "--db-dir", db.toString()))
                    .isEqualTo(Main.EXIT_STORE);
            assertThat(stderr()).contains("held by the server at http://127.0.0.1:").contains("needs an API token");

            Files.writeString(more.resolve("rs-broken.yaml"), "city: rs-kikinda\nties:\n  - partner: xx-atlantis\n"
                    + "    agreements: [{kind: twinning, sources: [fixture-list]}]\n");
            assertThat(run("import", dir.resolve("more").toString(), "--db-dir", db.toString(), "--token-file",
                    tokenFile.toString())).isEqualTo(Main.EXIT_INVALID);
            assertThat(stderr()).contains("ties/rs-broken.yaml:3: partner: no city 'xx-atlantis'")
                    .contains("nothing imported");
            Files.delete(more.resolve("rs-broken.yaml"));

            runOk("import", dir.resolve("more").toString(), "--db-dir", db.toString(), "--token-file",
                    tokenFile.toString());
            assertThat(stdout()).contains("1 created, 0 updated, 0 unchanged");
            String url = Files.readString(address).strip();
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url + "/api/v1/ties/jp-fujimi--rs-zemun")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("the server's snapshot follows").isEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            server.destroyForcibly().waitFor();
        }
        assertThat(db.resolve(ServerAddress.FILE)).as("a stopped server takes its address away").doesNotExist();
    }

    private String readLog() {
        try {
            return Files.readString(dir.resolve("server.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void networkStatsOfAnEdgeListOrAPairsCsvAndTheirBrokenLines() throws IOException {
        Path tsv = Files.writeString(dir.resolve("edges.tsv"), "a\tb\nb\tc\nc\ta\nc\td\nb\ta\nd\td\n");
        runOk("network", "stats", "--edges", tsv.toString(), "--format", "json", "--threads", "1");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(stdout());
        assertThat(json.path("nodes").asInt()).isEqualTo(4);
        assertThat(json.path("edges").asInt()).as("b-a repeats a-b; d-d is a loop").isEqualTo(4);
        assertThat(json.path("triangles").asInt()).isEqualTo(1);
        assertThat(json.path("transitivity").asDouble()).isEqualTo(0.6);
        assertThat(json.path("diameter").asInt()).isEqualTo(2);
        for (String key : List.of("components", "largest_component", "average_clustering", "degree_assortativity",
                "mean_distance", "betweenness_max", "pagerank_max", "max_core", "communities", "modularity")) {
            assertThat(json.has(key)).as(key).isTrue();
            assertThat(json.path("seconds").size()).isGreaterThan(5);
        }
        Path pairs = Files.writeString(dir.resolve("pairs.csv"), "city1,country1,city2,country2\n"
                + "Kikinda,Serbia,Narvik,Norway\nNarvik,Norway,Kikinda,Serbia\nKikinda,Serbia,Kikinda,Serbia\n");
        runOk("network", "stats", "--pairs", pairs.toString());
        assertThat(stdout()).startsWith("2 nodes, 1 edges, 1 components (largest 2)");

        Path broken = Files.writeString(dir.resolve("broken.tsv"), "a\tb\njust-one-id\n");
        assertThat(run("network", "stats", "--edges", broken.toString())).isEqualTo(Main.EXIT_INVALID);
        assertThat(stderr()).contains("broken.tsv:2").contains("expected two ids separated by a tab");
        assertThat(run("network", "stats", "--edges", dir.resolve("missing.tsv").toString()))
                .isEqualTo(Main.EXIT_INVALID);
        assertThat(stderr()).contains("missing.tsv").contains("no such file");
        assertThat(run("network", "stats", "--edges", tsv.toString(), "--format", "xml")).isEqualTo(Main.EXIT_USAGE);
        assertThat(run("network", "stats", "--edges", tsv.toString(), "--pairs", pairs.toString()))
                .as("one input at a time").isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void networkCountriesOfTheAtlasOrOfAPairsCsv() throws IOException {
        String db = dir.resolve("db-countries").toString();
        runOk("import", TestData.fixture().toString(), "--db-dir", db);
        runOk("network", "countries", "--db-dir", db, "--format", "json", "--limit", "2");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(stdout());
        assertThat(json.path("countries").asInt()).isEqualTo(7);
        assertThat(json.path("domestic").asInt()).as("Kikinda–Šabac").isEqualTo(1);
        assertThat(json.path("ranked").path(0).path("ties_abroad").asInt()).isEqualTo(7);
        assertThat(json.path("strongest")).hasSize(2);
        runOk("network", "countries", "--db-dir", db, "--country", "jp");
        assertThat(stdout()).startsWith("2 countries, 1 pairs with ties").contains("JP - RS");

        Path pairs = Files.writeString(dir.resolve("country-pairs.csv"), "city1,country1,city2,country2\n"
                + "Kikinda,Serbia,Narvik,Norway\nSabac,Serbia,Narvik,Norway\nKikinda,Serbia,Sabac,Serbia\n");
        runOk("network", "countries", "--pairs", pairs.toString());
        assertThat(stdout()).startsWith("2 countries, 1 pairs with ties (density 1.0000); 3 ties, 1 of them within")
                .contains("Norway - Serbia");
        assertThat(run("network", "countries", "--pairs", pairs.toString(), "--limit", "0"))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(stderr()).contains("--limit");
    }

    @Test
    void theFirstAdminComesFromTheCommandLineWithAPasswordFromStandardInputNeverAnArgument() {
        String db = dir.resolve("db-users").toString();
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));
            runOk("user", "add", "ada", "--role", "admin", "--password-stdin", "--db-dir", db);
            assertThat(stdout()).contains("account ada (admin) created").doesNotContain("correct horse");
            System.setIn(new java.io.ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("user", "add", "bob", "--role", "reviewer", "--password-stdin", "--db-dir", db))
                    .isEqualTo(Main.EXIT_INVALID);
            assertThat(stderr()).contains("password: a password has at least 12 characters");
            System.setIn(new java.io.ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("user", "add", "ADA", "--role", "admin", "--password-stdin", "--db-dir", db))
                    .isEqualTo(Main.EXIT_INVALID);
            assertThat(stderr()).contains("is taken");
        } finally {
            System.setIn(stdin);
        }
        assertThat(run("user", "add", "eve", "--role", "king", "--db-dir", db)).isEqualTo(Main.EXIT_USAGE);
        assertThat(stderr()).contains("--role must be one of contributor, reviewer, admin");
        assertThat(run("user", "add", "eve", "--role", "admin", "--db-dir", db)).as("no terminal in a test")
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(stderr()).contains("use --password-stdin");
        assertThat(run("user", "add", "eve", "--role", "admin", "--password", "x", "--db-dir", db))
                .as("there is no option to pass a password as an argument").isEqualTo(Main.EXIT_USAGE);
        runOk("user", "list", "--db-dir", db);
        assertThat(stdout().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("ada").contains("admin"));
    }
}
