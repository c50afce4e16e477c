package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.Tie;

class BundleReaderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void writeSmallBundle() throws IOException {
        Files.createDirectories(dir.resolve("cities"));
        Files.createDirectories(dir.resolve("ties"));
        write("sources.yaml", """
                - id: article
                  url: https://example.org/a
                  title: An article
                  accessed: 2026-11-01
                  tier: secondary
                """);
        write("cities/rs.yaml", """
                - id: rs-kikinda
                  names: {en: Kikinda, sr-Latn: Kikinda, sr-Cyrl: Кикинда}
                  country: RS
                  lat: 45.83
                  lon: 20.46
                """);
        write("cities/no.yaml", """
                - id: no-narvik
                  names: {en: Narvik}
                  country: NO
                  lat: 68.44
                  lon: 17.43
                """);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private List<Problem> problemsOf(String tiesFile) throws IOException {
        write("ties/rs-kikinda.yaml", tiesFile);
        InputRejected rejected = (InputRejected) org.assertj.core.api.Assertions.catchThrowable(
                () -> BundleLoader.load(dir, Atlas.empty()));
        assertThat(rejected).as("the bundle should be rejected").isNotNull();
        return rejected.problems();
    }

    @Test
    void readsAValidBundleWithNorwayStayingATextCode() throws IOException {
        write("ties/rs-kikinda.yaml", """
                city: rs-kikinda
                ties:
                  - partner: no-narvik
                    agreements:
                      - kind: friendship
                        date: 1966
                        sources: [article]
                      - kind: cooperation
                        date: 2018-03
                        sources: [article]
                """);
        ChangeSet changes = BundleLoader.load(dir, Atlas.empty());
        assertThat(changes.cities()).extracting(c -> c.country()).containsExactlyInAnyOrder("RS", "NO");
        Tie tie = changes.ties().get(0);
        assertThat(tie.id()).isEqualTo("no-narvik--rs-kikinda");
        assertThat(tie.agreements()).extracting(a -> a.kind())
                .containsExactly(AgreementKind.FRIENDSHIP, AgreementKind.COOPERATION);
        assertThat(tie.established().toString()).isEqualTo("1966");
    }

    @Test
    void aTieToAMissingCityIsNamedWithFileAndLine() throws IOException {
        List<Problem> problems = problemsOf("""
                city: rs-kikinda
                ties:
                  - partner: no-narvik
                    agreements: [{kind: friendship, date: 1966, sources: [article]}]
                  - partner: xx-atlantis
                    agreements: [{kind: friendship, date: 1966, sources: [article]}]
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("rs-kikinda.yaml");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("xx-atlantis");
        });
    }

    @Test
    void aYearInTheFutureIsNamedWithItsField() throws IOException {
        List<Problem> problems = problemsOf("""
                city: rs-kikinda
                ties:
                  - partner: no-narvik
                    agreements:
                      - kind: friendship
                        date: 2999
                        sources: [article]
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.field()).isEqualTo("ties[0].agreements[0].date");
            assertThat(p.message()).contains("2999");
            assertThat(p.toString()).contains("rs-kikinda.yaml:6: ties[0].agreements[0].date: year 2999");
        });
    }

    @Test
    void aSelfTieIsRejected() throws IOException {
        List<Problem> problems = problemsOf("""
                city: rs-kikinda
                ties:
                  - partner: rs-kikinda
                    agreements: [{kind: twinning, sources: [article]}]
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("ties[0].partner");
            assertThat(p.message()).contains("itself");
        });
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        List<Problem> problems = problemsOf("""
                city: rs-kikinda
                ties:
                  - partner: no-narvik
                    agreements: [{kind: friendship, date: 1966, sources: [article]}
                  - partner: no-narvik
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("broken YAML");
            assertThat(p.line()).isBetween(4, 5);
        });
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() throws IOException {
        List<Problem> problems = problemsOf("""
                city: rs-kikinda
                ties:
                  - partner: no-narvik
                    agreements:
                      - kind: sisterhood
                        date: 1966
                        sources: [missing-source]
                    reasons:
                      - category: war-memory
                        en: The war.
                    statuss: active
                """);
        assertThat(problems).extracting(Problem::field).contains("ties[0].agreements[0].kind",
                "ties[0].reasons[0].sr-Latn", "ties[0].statuss");
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("twinning | friendship"));
    }

    @Test
    void aDuplicatePairInEitherOrderIsRejected() throws IOException {
        write("ties/no-narvik.yaml", """
                city: no-narvik
                ties:
                  - partner: rs-kikinda
                    agreements: [{kind: friendship, sources: [article]}]
                """);
        List<Problem> problems = problemsOf("""
                city: rs-kikinda
                ties:
                  - partner: no-narvik
                    agreements: [{kind: friendship, sources: [article]}]
                """);
        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.message()).contains("already defined at").contains("no-narvik.yaml:3"));
    }

    @Test
    void aMissingPathIsAProblemNotACrash() {
        assertThatThrownBy(() -> BundleLoader.load(dir.resolve("nope"), Atlas.empty()))
                .isInstanceOf(InputRejected.class).hasMessageContaining("no such file or folder");
    }
}
