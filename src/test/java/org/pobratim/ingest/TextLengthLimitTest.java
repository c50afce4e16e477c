package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text value of the data format has a longest allowed length (data/README.md, "Text lengths"). */
class TextLengthLimitTest {
    @TempDir
    Path dir;

    private static final String SOURCE = """
            - id: SOURCE_ID
              url: SOURCE_URL
              title: SOURCE_TITLE
              publisher: SOURCE_PUBLISHER
              accessed: 2026-11-01
              tier: secondary
            """;
    private static final String CITY = """
            - id: CITY_ID
              names: {en: CITY_NAME}
              alternates: [Old name, CITY_ALTERNATE]
              country: RS
              lat: 45.83
              lon: 20.46
              population: {count: 38065, source: POPULATION_SOURCE}
              admin: {type: grad, district: CITY_DISTRICT}
              sources: [CITY_SOURCE]
            """;
    private static final String TIES = """
            city: TIES_CITY
            ties:
              - partner: TIE_PARTNER
                agreements:
                  - kind: friendship
                    title: AGREEMENT_TITLE
                    sources: [AGREEMENT_SOURCE]
                status:
                  state: active
                  note: STATUS_NOTE
                  sources: [article]
                reasons:
                  - category: culture
                    en: REASON_EN
                    sr-Latn: REASON_SR
                    sources: [article]
                activity:
                  - kind: visit
                    en: ACTIVITY_EN
                    sr-Latn: ACTIVITY_SR
                    sources: [article]
                conflicts:
                  - about: kind
                    claim: CONFLICT_CLAIM
                    sources: [article]
            """;

    /** One text value put at its limit and one past it: placeholder, its field, the limit, how the value starts. */
    record Case(String template, String placeholder, String field, int limit, String start) {
        String valueOfLength(int length) {
            return start + "a".repeat(length - start.length());
        }

        @Override
        public String toString() {
            return field + " at most " + limit;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(SOURCE, "SOURCE_ID", "[0].id", 100, "s"),
                new Case(SOURCE, "SOURCE_URL", "[0].url", 2000, "https://example.org/"),
                new Case(SOURCE, "SOURCE_TITLE", "[0].title", 500, "T"),
                new Case(SOURCE, "SOURCE_PUBLISHER", "[0].publisher", 500, "P"),
                new Case(CITY, "CITY_ID", "[0].id", 100, "rs-"),
                new Case(CITY, "CITY_NAME", "[0].names.en", 200, "K"),
                new Case(CITY, "CITY_ALTERNATE", "[0].alternates[1]", 200, "N"),
                new Case(CITY, "POPULATION_SOURCE", "[0].population.source", 100, "p"),
                new Case(CITY, "CITY_DISTRICT", "[0].admin.district", 100, "D"),
                new Case(CITY, "CITY_SOURCE", "[0].sources[0]", 100, "g"),
                new Case(TIES, "TIES_CITY", "city", 100, "rs-"),
                new Case(TIES, "TIE_PARTNER", "ties[0].partner", 100, "no-"),
                new Case(TIES, "AGREEMENT_TITLE", "ties[0].agreements[0].title", 500, "D"),
                new Case(TIES, "AGREEMENT_SOURCE", "ties[0].agreements[0].sources[0]", 100, "a"),
                new Case(TIES, "STATUS_NOTE", "ties[0].status.note", 2000, "N"),
                new Case(TIES, "REASON_EN", "ties[0].reasons[0].en", 5000, "E"),
                new Case(TIES, "REASON_SR", "ties[0].reasons[0].sr-Latn", 5000, "S"),
                new Case(TIES, "ACTIVITY_EN", "ties[0].activity[0].en", 5000, "E"),
                new Case(TIES, "ACTIVITY_SR", "ties[0].activity[0].sr-Latn", 5000, "S"),
                new Case(TIES, "CONFLICT_CLAIM", "ties[0].conflicts[0].claim", 2000, "C"));
    }

    /** The template with every placeholder but the one under test filled with a short valid value. */
    private List<Problem> problemsWith(Case c, int length) throws IOException {
        String yaml = c.template().replace(c.placeholder(), c.valueOfLength(length))
                .replace("SOURCE_ID", "article").replace("SOURCE_URL", "https://example.org/a")
                .replace("SOURCE_TITLE", "An article").replace("SOURCE_PUBLISHER", "Example")
                .replace("CITY_ID", "rs-kikinda").replace("CITY_NAME", "Kikinda").replace("CITY_ALTERNATE", "Nagykikinda")
                .replace("POPULATION_SOURCE", "census").replace("CITY_DISTRICT", "Severnobanatski")
                .replace("CITY_SOURCE", "geonames").replace("TIES_CITY", "rs-kikinda").replace("TIE_PARTNER", "no-narvik")
                .replace("AGREEMENT_TITLE", "Declaration").replace("AGREEMENT_SOURCE", "article")
                .replaceAll("[A-Z]+_[A-Z]+", "Some words.");
        return BundleReader.read(Files.writeString(dir.resolve("entries.yaml"), yaml)).problems();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aTextAtItsLimitIsAccepted(Case c) throws IOException {
        assertThat(problemsWith(c, c.limit())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aTextPastItsLimitIsNamedWithItsLengthAndLimit(Case c) throws IOException {
        // first, because a rejected value may leave its entry short of something required (a sole source id)
        assertThat(problemsWith(c, c.limit() + 1)).first().satisfies(p -> {
            assertThat(p.field()).isEqualTo(c.field());
            assertThat(p.message()).isEqualTo((c.limit() + 1) + " characters, at most " + c.limit());
        });
    }

    @Test
    void aTwoMegabyteTitleIsRejectedWithFileLineAndField() throws IOException {
        // a block of 2,000 lines, as a paste would be: SnakeYAML takes seconds over one 2 MB line
        String lines = ("          " + "x".repeat(999) + "\n").repeat(2_000);
        Path ties = Files.writeString(dir.resolve("rs-kikinda.yaml"), """
                city: rs-kikinda
                ties:
                  - partner: no-narvik
                    agreements:
                      - kind: friendship
                        sources: [article]
                        title: |
                """ + lines);
        assertThat(BundleReader.read(ties).problems()).singleElement().hasToString(
                ties + ":7: ties[0].agreements[0].title: 1999999 characters, at most 500");
    }

    @Test
    void lengthIsCountedInCharactersNotBytesOrUtf16Units() throws IOException {
        Path cities = Files.writeString(dir.resolve("cities.yaml"), """
                - id: rs-kikinda
                  names: {en: Kikinda, sr-Cyrl: %s}
                  country: RS
                  lat: 45.83
                  lon: 20.46
                """.formatted("Ж".repeat(100) + "\uD83C\uDFF0".repeat(100)));
        assertThat(BundleReader.read(cities).problems()).isEmpty();
    }
}
