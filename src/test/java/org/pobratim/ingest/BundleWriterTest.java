package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pobratim.atlas.Activity;
import org.pobratim.atlas.ActivityKind;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Census;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Conflict;
import org.pobratim.atlas.ConflictTopic;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.LocalizedText;
import org.pobratim.atlas.Nationality;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Population;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.SerbianAdmin;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieState;
import org.pobratim.atlas.TieStatus;
import org.pobratim.atlas.Trait;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The bundle writer: what it writes reads back as the same records, whatever the text holds. */
class BundleWriterTest {
    /** Text a careless writer would break: YAML indicators, quotes, escapes, null words, other scripts, newlines. */
    private static final List<String> AWKWARD = List.of("plain words", "Kikinda's mayor", "a: b", "ends with:",
            "# not a comment", "x #y", "- dash", "[bracket]", "{brace}", "a, b", "\"quoted\"", "'single'", "back\\slash",
            "null", "~", "NO", "yes", "1966-05", "0x1F", "12e3", "two\nlines", "tab\there", "Бања Лука", "Kiškunfeleđhaza",
            "Homyel’", "* star", "& anchor", "! tag", "| pipe", "> fold", "% percent", "@ at", "`tick`", "? question",
            "trailing ", "<script>alert(1)</script>", "'; DROP TABLE tie; --", "\u2028separator", "zero\u200bwidth");

    static List<String> awkward() {
        return AWKWARD;
    }

    @ParameterizedTest
    @MethodSource("awkward")
    void everyScalarReadsBackAsTheSameTextInABlockAndInAFlowList(String text) {
        String expected = text.strip(); // the reader strips surrounding spaces, so the writer's input never has them
        String yaml = "block: " + YamlScalar.write(expected, false) + "\nflow: [" + YamlScalar.write(expected, true)
                + ", " + YamlScalar.write(expected, true) + "]\nquoted: " + YamlScalar.quoted(expected) + "\n";
        MappingNode root = (MappingNode) new Yaml(new LoaderOptions()).compose(new java.io.StringReader(yaml));
        ScalarNode block = (ScalarNode) root.getValue().get(0).getValueNode();
        SequenceNode flow = (SequenceNode) root.getValue().get(1).getValueNode();
        ScalarNode quoted = (ScalarNode) root.getValue().get(2).getValueNode();
        assertThat(block.getValue()).as(yaml).isEqualTo(expected);
        assertThat(flow.getValue()).as(yaml).hasSize(2).allSatisfy(n -> assertThat(((ScalarNode) n).getValue())
                .isEqualTo(expected));
        assertThat(quoted.getValue()).isEqualTo(expected);
    }

    @Test
    void plainOnlyWhereSafeAndNumbersNeverInExponentForm() {
        assertThat(YamlScalar.write("rs-kikinda", true)).isEqualTo("rs-kikinda");
        assertThat(YamlScalar.write("https://example.org/a?b=c", false)).isEqualTo("https://example.org/a?b=c");
        assertThat(YamlScalar.write("https://example.org/a?b=c", true)).isEqualTo("\"https://example.org/a?b=c\"");
        assertThat(YamlScalar.write("null", false)).isEqualTo("\"null\"");
        assertThat(BundleWriter.number(45.0)).isEqualTo("45");
        assertThat(BundleWriter.number(0.00012)).isEqualTo("0.00012");
        assertThat(BundleWriter.number(-20.12583)).isEqualTo("-20.12583");
    }

    private static final LocalDate READ = LocalDate.of(2026, 11, 25);

    private static Source source(String id, String title) {
        return new Source(id, "https://example.org/" + id + "?a=b#c", title, title + " publisher",
                PartialDate.parse("2019-06"), READ, "sr-Latn", SourceTier.SECONDARY);
    }

    private static String text(int i) {
        return AWKWARD.get(i % AWKWARD.size()).strip();
    }

    @Test
    void everyFieldOfEveryRecordReadsBackEqual(@TempDir Path dir) throws IOException {
        List<Source> sources = List.of(source("s-one", text(2)), source("s-two", text(13)),
                new Source("s-three", "http://example.org/", "Title", null, PartialDate.UNKNOWN, READ, null,
                        SourceTier.LISTING));
        City kikinda = new City("rs-kikinda", Map.of("en", "Kikinda", "sr-Cyrl", "Кикинда", "sr-Latn", text(3),
                "hu", text(9)), List.of(text(9), text(5), "Nagykikinda"), "RS", new Coordinates(45.82978, 20.46525),
                new Population(38065, 2022, "s-one"), 789996L, "Q188803",
                new SerbianAdmin(AdminType.CITY, text(9), null), List.of("s-one", "s-two"),
                new Census(2022, 38065L, Map.of(Nationality.SERBS, 27000L, Nationality.HUNGARIANS, 3800L),
                        Map.of(Nationality.ROMA, 2.1), List.of("s-one"), text(20)));
        City bashaid = new City("rs-bashaid", Map.of("en", "Bašaid"), List.of(), "RS", new Coordinates(45.6, 20.4),
                null, null, null, new SerbianAdmin(AdminType.SETTLEMENT, null, "rs-kikinda"), List.of(), null);
        City narvik = new City("no-narvik", Map.of("en", text(16), "no", text(14)), List.of(), "NO",
                new Coordinates(68.43, 17.43), new Population(14000, null, null), null, null, null, List.of(), null);
        City coventry = new City("gb-coventry", Map.of("en", "Coventry"), List.of(), "GB",
                new Coordinates(52.4, -1.5), null, null, null, null, List.of(), null);
        Tie full = new Tie("rs-kikinda", "no-narvik",
                List.of(new Agreement(AgreementKind.FRIENDSHIP, PartialDate.parse("1966-10-06"), text(4),
                                List.of("s-one", "s-two")),
                        new Agreement(AgreementKind.COOPERATION, PartialDate.UNKNOWN, null, List.of("s-two"))),
                new TieStatus(TieState.ACTIVE, PartialDate.parse("1960s"), text(21), List.of("s-one")),
                List.of(new Reason(ReasonCategory.WAR_MEMORY, new LocalizedText(text(11), text(22)), List.of("s-one"),
                        List.of(Trait.MINING, Trait.RIVER_PORT))),
                List.of(new Activity(PartialDate.parse("2017-01"), ActivityKind.VISIT,
                        new LocalizedText(text(35), text(36)), List.of("s-two")),
                        new Activity(PartialDate.UNKNOWN, ActivityKind.AID, new LocalizedText("a", "b"),
                                List.of("s-one"))),
                List.of(new Conflict(ConflictTopic.KIND, text(10), List.of("s-two"))));
        Tie serbian = new Tie("rs-kikinda", "rs-bashaid", List.of(new Agreement(AgreementKind.OTHER,
                PartialDate.parse("2001"), null, List.of("s-three"))), null, null, null, null);
        Tie abroad = new Tie("no-narvik", "gb-coventry", List.of(new Agreement(AgreementKind.TWINNING,
                        PartialDate.parse("1950"), null, List.of("s-three"))), null, null, null, null,
                List.of(new Listing("s-three", "Narvik – Coventry", PartialDate.UNKNOWN, PartialDate.UNKNOWN, null)));
        Tie listedOnly = new Tie("rs-kikinda", "gb-coventry", List.of(), null, null, null, null,
                List.of(new Listing("s-three", "Kikinda – Coventry", PartialDate.UNKNOWN, PartialDate.UNKNOWN, null)));

        SortedMap<String, String> files = BundleWriter.files(sources, List.of(kikinda, bashaid, narvik, coventry),
                List.of(full, serbian, abroad, listedOnly));
        assertThat(files.keySet()).containsExactly("cities/gb.yaml", "cities/no.yaml", "cities/rs.yaml",
                "sources.yaml", "ties/gb-coventry.yaml", "ties/rs-bashaid.yaml", "ties/rs-kikinda.yaml");
        assertThat(files.get("ties/rs-kikinda.yaml")).startsWith("city: rs-kikinda\nties:\n  - partner: no-narvik\n")
                .doesNotContain("listing", "Coventry");
        assertThat(files.get("cities/rs.yaml")).contains("\n\n- id: rs-kikinda\n  names:\n    en: \"Kikinda\"\n"
                + "    sr-Latn: \"ends with:\"\n    sr-Cyrl: \"Кикинда\"\n    hu: \"a, b\"\n  alternates: [\"a, b\", \"x #y\"");

        Path folder = dir.resolve("bundle");
        BundleFolder.write(folder, files);
        BundleReader.BundleReading reading = BundleReader.read(folder);
        assertThat(reading.problems()).isEmpty();
        var read = reading.bundle().toChangeSet();
        assertThat(read.sources()).containsExactlyInAnyOrderElementsOf(sources);
        assertThat(read.cities()).containsExactlyInAnyOrder(kikinda, bashaid, narvik, coventry);
        Tie abroadAsFilesHoldIt = new Tie(abroad.cityA(), abroad.cityB(), abroad.agreements(), null, null, null, null);
        assertThat(read.ties()).containsExactlyInAnyOrder(full, serbian, abroadAsFilesHoldIt);
        assertThat(BundleWriter.files(read.sources(), read.cities(), read.ties())).isEqualTo(files);
    }

    @Test
    void writingIntoAFolderReplacesTheDataFilesOfAnEarlierExportAndLeavesTheRest(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("cities"));
        Files.createDirectories(dir.resolve("ties"));
        Files.writeString(dir.resolve("README.md"), "# kept");
        Files.writeString(dir.resolve("cities/xx.yaml"), "- id: stale");
        Files.writeString(dir.resolve("ties/rs-gone.yaml"), "city: rs-gone");
        Files.writeString(dir.resolve("ties/notes.txt"), "kept too");
        BundleFolder.write(dir, BundleWriter.files(List.of(source("s-one", "One")), List.of(), List.of()));
        assertThat(Files.readString(dir.resolve("README.md"))).isEqualTo("# kept");
        assertThat(dir.resolve("ties/notes.txt")).exists();
        assertThat(dir.resolve("cities/xx.yaml")).doesNotExist();
        assertThat(dir.resolve("ties/rs-gone.yaml")).doesNotExist();
        assertThat(Files.readString(dir.resolve("sources.yaml"))).startsWith("- id: s-one\n  url: ");
        try (var left = Files.list(dir.resolve("ties"))) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
    }

    @Test
    void anImportOfDataFilesKeepsTheListingsTheStoreHasForATieSinceTheFilesCannotHoldThem(@TempDir Path dir)
            throws IOException {
        Source list = new Source("s-list", "https://example.org/list", "A list", null, PartialDate.UNKNOWN, READ, null,
                SourceTier.LISTING);
        City kikinda = new City("rs-kikinda", Map.of("en", "Kikinda"), List.of(), "RS", new Coordinates(45.8, 20.4),
                null, null, null, new SerbianAdmin(AdminType.CITY, null, null), List.of(), null);
        City narvik = new City("no-narvik", Map.of("en", "Narvik"), List.of(), "NO", new Coordinates(68.4, 17.4),
                null, null, null, null, List.of(), null);
        List<Agreement> agreements = List.of(new Agreement(AgreementKind.FRIENDSHIP, PartialDate.parse("1966"), null,
                List.of("s-list")));
        Listing listed = new Listing("s-list", "Kikinda – Narvik", PartialDate.UNKNOWN, PartialDate.UNKNOWN, null);
        Tie stored = new Tie("rs-kikinda", "no-narvik", agreements, null, null, null, null, List.of(listed));
        org.pobratim.atlas.Atlas known = new org.pobratim.atlas.Atlas(1, List.of(list), List.of(kikinda, narvik),
                List.of(stored));
        BundleFolder.write(dir, BundleWriter.files(known));
        var changes = BundleLoader.load(dir, known);
        assertThat(changes.ties()).containsExactly(stored);
        assertThat(changes.ties().get(0).listings()).containsExactly(listed);
    }
}
