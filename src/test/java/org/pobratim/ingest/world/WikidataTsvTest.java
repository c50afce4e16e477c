package org.pobratim.ingest.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;

/** A Wikidata P190 crawl (relations.tsv, names.tsv) read into directed pairs, or rejected as a whole. */
class WikidataTsvTest {
    @TempDir
    Path dir;

    private void write(String relations, String names) throws IOException {
        Files.writeString(dir.resolve(WikidataTsv.RELATIONS), relations);
        Files.writeString(dir.resolve(WikidataTsv.NAMES), names);
    }

    private List<ListedPair> read() {
        List<ListedPair> pairs = new ArrayList<>();
        WikidataTsv.read(dir, pairs::add);
        return pairs;
    }

    @Test
    void statementsBecomeDirectedPairsWithQidsAndLabels() throws IOException {
        write("Q188803\tQ107356\n\nQ107356\tQ188803\nQ188803\tQ81581\n",
                "Q188803\tKikinda\nQ107356\t Narvik \nQ81581\tSzeged\n");

        List<ListedPair> pairs = read();

        String relations = dir.resolve(WikidataTsv.RELATIONS).toString();
        assertThat(pairs).extracting(p -> p.a().qid(), p -> p.b().qid(), ListedPair::line).containsExactly(
                tuple("Q188803", "Q107356", 1L), tuple("Q107356", "Q188803", 3L), tuple("Q188803", "Q81581", 4L));
        assertThat(pairs).extracting(ListedPair::file).containsOnly(relations);
        ListedPair first = pairs.get(0);
        assertThat(first.a()).isEqualTo(new ListedPlace("Kikinda", null, "Q188803", null, null, Map.of()));
        assertThat(first.b().name()).as("the label, stripped").isEqualTo("Narvik");
        assertThat(first.b().country()).as("the crawl has no countries").isNull();
        assertThat(first.b().point()).isNull();
        assertThat(WikidataTsv.isFolder(dir)).isTrue();
    }

    @Test
    void aLineThatIsNotTwoQidsRejectsEverythingNamingFileAndLine() throws IOException {
        write("Q188803\tQ107356\nQ107356\tNarvik\nQ1\tQ2\tQ3\n", "Q188803\tKikinda\nQ107356\tNarvik\n");

        InputRejected rejected = catchThrowableOfType(this::read, InputRejected.class);

        String relations = dir.resolve(WikidataTsv.RELATIONS).toString();
        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).extracting(Problem::file, Problem::line).containsExactly(
                tuple(relations, 2), tuple(relations, 3));
        assertThat(rejected.problems()).extracting(Problem::message).containsOnly("expected QID<TAB>QID");
    }

    @Test
    void aQidWithoutALabelRejectsEverythingAndPassesNothingOn() throws IOException {
        write("Q188803\tQ107356\nQ188803\tQ81581\n", "Q188803\tKikinda\nQ107356\tNarvik\n");
        List<ListedPair> passed = new ArrayList<>();

        InputRejected rejected = catchThrowableOfType(() -> WikidataTsv.read(dir, passed::add),
                InputRejected.class);

        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve(WikidataTsv.RELATIONS).toString());
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("no label in names.tsv for Q81581");
        });
        assertThat(passed).isEmpty();
    }

    @Test
    void aBrokenLineOfTheNamesRejectsEverythingNamingThatFile() throws IOException {
        write("Q188803\tQ107356\n", "Q188803\tKikinda\nQ107356\t\n");

        InputRejected rejected = catchThrowableOfType(this::read, InputRejected.class);

        assertThat(rejected.problems()).extracting(Problem::file, Problem::line, Problem::message).contains(
                tuple(dir.resolve(WikidataTsv.NAMES).toString(), 2, "expected QID<TAB>label"));
    }
}
