package org.pobratim.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.atlas.PartialDate;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;

/** Wikidata's P190 statements, as SPARQL JSON results, become listed pairs, or problems that say file:line:field. */
class WikidataSparqlTest {
    @TempDir
    Path dir;

    private static Path sample() {
        try {
            return Path.of(WikidataSparqlTest.class.getResource("/wikidata/p190-sample.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ListedPair> read(Path file) {
        List<ListedPair> pairs = new ArrayList<>();
        WikidataSparql.readAll(file, pairs::add);
        return pairs;
    }

    private static ListedPair statement(List<ListedPair> pairs, String itemQid, String partnerQid) {
        return pairs.stream().filter(p -> p.a().qid().equals(itemQid) && p.b().qid().equals(partnerQid))
                .findFirst().orElseThrow();
    }

    @Test
    void aFullRowGivesEveryField() {
        List<ListedPair> pairs = read(sample());
        assertThat(pairs).hasSize(4);
        ListedPair full = statement(pairs, "Q1", "Q2");
        assertThat(full.file()).isEqualTo(sample().toString());
        assertThat(full.line()).isEqualTo(9);
        ListedPlace item = full.a();
        assertThat(item.name()).isEqualTo("Exampleton");
        assertThat(item.labels()).isEqualTo(Map.of("en", "Exampleton", "sr-Cyrl", "Егзамплтон",
                "sr-Latn", "Egzamplton"));
        assertThat(item.country()).isEqualTo("XA");
        assertThat(item.point().lat()).isEqualTo(44.25);
        assertThat(item.point().lon()).isEqualTo(20.5);
        assertThat(item.population()).isEqualTo(12345L);
        ListedPlace partner = full.b();
        assertThat(partner.name()).isEqualTo("Primerovo");
        assertThat(partner.country()).isEqualTo("XB");
        assertThat(partner.point().lat()).isEqualTo(51.5);
        assertThat(partner.point().lon()).isEqualTo(-3.75);
        assertThat(partner.population()).isEqualTo(6789L);
        assertThat(full.start()).isEqualTo(PartialDate.year(1966));
        assertThat(full.end()).isEqualTo(PartialDate.year(1991));
        assertThat(full.reference()).isEqualTo("https://example.org/twinning/exampleton-primerovo");
    }

    @Test
    void aRowWithOnlyTheRequiredFieldsLeavesTheRestUnknown() {
        ListedPair bare = statement(read(sample()), "Q2", "Q1");
        assertThat(bare.line()).isEqualTo(34);
        assertThat(bare.a().name()).isEqualTo("Primerovo");
        assertThat(bare.a().labels()).isEqualTo(Map.of("en", "Primerovo"));
        assertThat(bare.a().country()).isNull();
        assertThat(bare.a().point()).isNull();
        assertThat(bare.a().population()).isNull();
        assertThat(bare.start()).isEqualTo(PartialDate.UNKNOWN);
        assertThat(bare.end()).isEqualTo(PartialDate.UNKNOWN);
        assertThat(bare.reference()).isNull();
    }

    @Test
    void aCyrillicSrLabelIsSrCyrlAndNamesAPlaceWithNoOther() {
        ListedPlace partner = statement(read(sample()), "Q3", "Q4").b();
        assertThat(partner.name()).isEqualTo("Огледово");
        assertThat(partner.labels()).isEqualTo(Map.of("sr-Cyrl", "Огледово"));
    }

    @Test
    void aLatinSrLabelIsSrLatn() {
        ListedPlace item = statement(read(sample()), "Q5", "Q3").a();
        assertThat(item.name()).isEqualTo("Uzorkovac");
        assertThat(item.labels()).isEqualTo(Map.of("sr-Latn", "Uzorkovac"));
    }

    @Test
    void aDateToTheDayIsReadAsItsYear() {
        assertThat(statement(read(sample()), "Q3", "Q4").start()).isEqualTo(PartialDate.year(2001));
    }

    @Test
    void eachStatementIsOnePairInTheDirectionItWasMade() {
        assertThat(read(sample())).extracting(p -> p.a().qid(), p -> p.b().qid())
                .containsExactly(tuple("Q1", "Q2"), tuple("Q2", "Q1"), tuple("Q3", "Q4"), tuple("Q5", "Q3"));
    }

    @Test
    void aDirectoryIsReadFileByFileInNameOrder() throws IOException {
        Files.writeString(dir.resolve("b.json"), results(binding("Q7", "Q8", "")));
        Files.copy(sample(), dir.resolve("a.json"));
        Files.writeString(dir.resolve("notes.txt"), "not read");
        List<ListedPair> pairs = read(dir);
        assertThat(pairs).extracting(ListedPair::file).containsExactly(dir.resolve("a.json").toString(),
                dir.resolve("a.json").toString(), dir.resolve("a.json").toString(), dir.resolve("a.json").toString(),
                dir.resolve("b.json").toString());
    }

    @Test
    void resultsMayComeBeforeTheHeadAndAPopulationMayBeADecimal() throws IOException {
        String row = binding("Q1", "Q2", ", \"itemPopulation\": {\"type\": \"literal\", \"value\": \"12345.0\"}");
        Path file = Files.writeString(dir.resolve("reordered.json"), "{\"results\": {\"bindings\": [" + row
                + "]}, \"head\": {\"vars\": [\"item\", \"partner\", \"itemPopulation\"]}}");
        assertThat(read(file)).singleElement().satisfies(p -> assertThat(p.a().population()).isEqualTo(12345L));
    }

    // --- broken input: every problem names file, line and field, and the sink sees nothing ---

    private static String binding(String item, String partner, String extra) {
        return "{\"item\": {\"type\": \"uri\", \"value\": \"http://www.wikidata.org/entity/" + item + "\"},\n"
                + (partner == null ? "" : " \"partner\": {\"type\": \"uri\", \"value\": "
                + "\"http://www.wikidata.org/entity/" + partner + "\"},\n")
                + " \"itemLabelEn\": {\"type\": \"literal\", \"value\": \"Exampleton\"},\n"
                + " \"partnerLabelEn\": {\"type\": \"literal\", \"value\": \"Primerovo\"}" + extra + "}";
    }

    private static String results(String... bindings) {
        return "{\"head\": {\"vars\": [\"item\", \"partner\"]},\n\"results\": {\"bindings\": [\n"
                + String.join(",\n", bindings) + "\n]}}\n";
    }

    /** Reads {@code content} as a file, expecting it rejected and the sink untouched. */
    private List<Problem> problemsOf(String content) throws IOException {
        Path file = dir.resolve("p190.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        List<ListedPair> seen = new ArrayList<>();
        InputRejected rejected = catchThrowableOfType(InputRejected.class,
                () -> WikidataSparql.readAll(file, seen::add));
        assertThat(rejected).as("rejected").isNotNull();
        assertThat(seen).as("pairs passed on").isEmpty();
        assertThat(rejected.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
        return rejected.problems();
    }

    private static String good() {
        return binding("Q1", "Q2", "");
    }

    @Test
    void notJsonNamesTheLine() throws IOException {
        List<Problem> problems = problemsOf(
                "{\"head\": {\"vars\": [\"item\", \"partner\"]},\n\"results\": {\"bindings\": [\n{,}]}}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("is not JSON");
        });
    }

    @Test
    void jsonOfAnotherShapeIsNotSparqlResults() throws IOException {
        assertThat(problemsOf("[1, 2]")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not SPARQL JSON results"));
        assertThat(problemsOf("{\"rows\": []}")).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("results.bindings"));
        assertThat(problemsOf("{\"head\": {\"vars\": [\"city\"]}, \"results\": {\"bindings\": []}}"))
                .extracting(Problem::field, Problem::message)
                .containsExactly(
                        tuple("head.vars", "has no ?item (it has city): not the results of WikidataSparql.QUERY"),
                        tuple("head.vars", "has no ?partner (it has city): not the results of WikidataSparql.QUERY"));
    }

    @Test
    void aBindingWithoutPartnerNamesItsLineAndTheField() throws IOException {
        assertThat(problemsOf(results(good(), binding("Q3", null, ""))))
                .extracting(Problem::line, Problem::field, Problem::message)
                .containsExactly(tuple(7, "partner", "is missing"));
    }

    @Test
    void aSideWithoutLabelsIsAProblem() throws IOException {
        String noLabels = "{\"item\": {\"type\": \"uri\", \"value\": \"http://www.wikidata.org/entity/Q1\"},"
                + " \"itemLabelEn\": {\"type\": \"literal\", \"value\": \"Exampleton\"},"
                + " \"partner\": {\"type\": \"uri\", \"value\": \"http://www.wikidata.org/entity/Q2\"}}";
        assertThat(problemsOf(results(noLabels))).extracting(Problem::line, Problem::field)
                .containsExactly(tuple(3, "partnerLabel"));
    }

    @Test
    void anItemThatIsNotAWikidataEntityIsAProblem() throws IOException {
        assertThat(problemsOf(results(binding("L5", "Q2", "")))).extracting(Problem::field)
                .containsExactly("item");
    }

    @Test
    void aBadPointNamesTheField() throws IOException {
        String bad = binding("Q1", "Q2", ",\n \"itemCoord\": {\"type\": \"literal\", \"value\": \"Point(20.5)\"}");
        assertThat(problemsOf(results(bad))).extracting(Problem::line, Problem::field, Problem::message)
                .containsExactly(tuple(3, "itemCoord", "'Point(20.5)' is not a WKT Point(lon lat)"));
        String outside = binding("Q1", "Q2",
                ", \"partnerCoord\": {\"type\": \"literal\", \"value\": \"Point(44 95)\"}");
        assertThat(problemsOf(results(outside))).extracting(Problem::field, Problem::message)
                .containsExactly(
                        tuple("partnerCoord", "'Point(44 95)' is not a point: latitude 95.0 is outside -90..90"));
        String moon = binding("Q1", "Q2", ", \"itemCoord\": {\"type\": \"literal\","
                + " \"value\": \"<http://www.wikidata.org/entity/Q405> Point(1 2)\"}");
        assertThat(problemsOf(results(moon))).extracting(Problem::message)
                .containsExactly("'<http://www.wikidata.org/entity/Q405> Point(1 2)' is not on Earth");
    }

    @Test
    void aBadNumberNamesTheField() throws IOException {
        String bad = binding("Q1", "Q2", ", \"partnerPopulation\": {\"type\": \"literal\", \"value\": \"12.5\"}");
        assertThat(problemsOf(results(bad))).extracting(Problem::field).containsExactly("partnerPopulation");
    }

    @Test
    void aBadDateNamesTheField() throws IOException {
        String bad = binding("Q1", "Q2", ",\n \"start\": {\"type\": \"literal\", \"value\": \"sometime in 1966\"}");
        assertThat(problemsOf(results(good(), good(), bad)))
                .extracting(Problem::line, Problem::field, Problem::message)
                .containsExactly(
                        tuple(11, "start", "'sometime in 1966' is not an xsd:dateTime (1966-01-01T00:00:00Z)"));
    }

    @Test
    void aDateBefore1800OrInTheFutureIsAProblemOfItsRow() throws IOException {
        String early = binding("Q1", "Q2", ", \"start\": {\"type\": \"literal\", \"value\": \"1648-01-01T00:00:00Z\"}");
        String future = binding("Q1", "Q2", ", \"end\": {\"type\": \"literal\", \"value\": \"+3000-01-01T00:00:00Z\"}");
        assertThat(problemsOf(results(early, future))).extracting(Problem::field, Problem::message)
                .containsExactly(tuple("start", "'1648-01-01T00:00:00Z': year 1648 is outside 1800.."
                                + Year.now().getValue()),
                        tuple("end", "'+3000-01-01T00:00:00Z': year 3000 is outside 1800.."
                                + Year.now().getValue()));
    }

    @Test
    void anUnknownValueDateIsUnknown() throws IOException {
        String somevalue = binding("Q1", "Q2", ", \"start\": {\"type\": \"bnode\", \"value\": \"t123\"}");
        Path file = Files.writeString(dir.resolve("somevalue.json"), results(somevalue));
        assertThat(read(file)).singleElement().satisfies(p -> assertThat(p.start()).isEqualTo(PartialDate.UNKNOWN));
    }

    @Test
    void everyProblemOfEveryRowIsReported() throws IOException {
        String twoBad = binding("Q1", null, ", \"itemCountry\": {\"type\": \"literal\", \"value\": \"Serbia\"}");
        String badEnd = binding("Q9", "Q2", ", \"end\": {\"type\": \"literal\", \"value\": \"x\"}");
        assertThat(problemsOf(results(twoBad, badEnd)))
                .extracting(Problem::field).containsExactly("itemCountry", "partner", "end");
    }

    @Test
    void anEmptyFileOrDirectoryIsRejected() throws IOException {
        assertThat(problemsOf("")).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("is empty"));
        Path empty = Files.createDirectory(dir.resolve("empty"));
        InputRejected rejected = catchThrowableOfType(InputRejected.class, () -> read(empty));
        assertThat(rejected.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("holds no *.json file"));
    }
}
