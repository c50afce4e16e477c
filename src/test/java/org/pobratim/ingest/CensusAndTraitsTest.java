package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Nationality;
import org.pobratim.atlas.Trait;

/** A unit's census figures and a reason's shared traits in the data format: read when right, named when wrong. */
class CensusAndTraitsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void writeSources() throws IOException {
        Files.createDirectories(dir.resolve("cities"));
        Files.createDirectories(dir.resolve("ties"));
        Files.writeString(dir.resolve("sources.yaml"), """
                - id: census
                  url: https://example.org/census
                  title: Census
                  accessed: 2026-11-01
                  tier: primary
                """);
        Files.writeString(dir.resolve("cities/hu.yaml"), """
                - id: hu-baja
                  names: {en: Baja}
                  country: HU
                  lat: 46.18
                  lon: 18.95
                """);
    }

    private void unit(String census) throws IOException {
        Files.writeString(dir.resolve("cities/rs.yaml"), """
                - id: rs-sombor
                  names: {en: Sombor, sr-Latn: Sombor, sr-Cyrl: Сомбор}
                  country: RS
                  lat: 45.77
                  lon: 19.11
                  admin: {type: grad, district: Zapadnobački}
                """ + census);
    }

    private List<Problem> problems() {
        InputRejected rejected = (InputRejected) org.assertj.core.api.Assertions.catchThrowable(
                () -> BundleLoader.load(dir, Atlas.empty()));
        assertThat(rejected).as("the bundle should be rejected").isNotNull();
        return rejected.problems();
    }

    @Test
    void countsPercentsAndANoteAreRead() throws IOException {
        unit("""
                  census:
                    year: 2022
                    total: 70000
                    groups: {serbs: 45000, hungarians: 7000}
                    percent: {croats: 5.5}
                    sources: [census]
                    note: "As the source gives it."
                """);
        ChangeSet changes = BundleLoader.load(dir, Atlas.empty());
        City sombor = changes.cities().stream().filter(c -> c.id().equals("rs-sombor")).findFirst().orElseThrow();
        assertThat(sombor.census().year()).isEqualTo(2022);
        assertThat(sombor.census().share(Nationality.HUNGARIANS).getAsDouble()).isEqualTo(0.1);
        assertThat(sombor.census().share(Nationality.CROATS).getAsDouble()).isEqualTo(0.055);
        assertThat(sombor.census().share(Nationality.SLOVAKS)).as("not listed: unknown").isEmpty();
        assertThat(sombor.census().note()).isEqualTo("As the source gives it.");
    }

    @Test
    void anUnknownGroupGroupsAboveTheTotalAndAMissingSourceAreNamed() throws IOException {
        unit("""
                  census:
                    year: 2022
                    total: 100
                    groups: {serbs: 90, martians: 5, hungarians: 20}
                    sources: [no-such-source]
                """);
        List<Problem> problems = problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("[0].census.groups.martians");
            assertThat(p.message()).contains("'martians' is not one of").contains("hungarians");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("add up to 110, more than the total 100"));
    }

    @Test
    void aCensusNeedsASourceAndAYearAndOnlyASerbianPlaceHasOne() throws IOException {
        unit("""
                  census:
                    total: 100
                    groups: {serbs: 90}
                """);
        assertThat(problems()).extracting(Problem::field).contains("[0].census.year", "[0].census.sources");
        Files.writeString(dir.resolve("cities/hu.yaml"), """
                - id: hu-baja
                  names: {en: Baja}
                  country: HU
                  lat: 46.18
                  lon: 18.95
                  census: {year: 2022, total: 100, groups: {hungarians: 90}, sources: [census]}
                """);
        unit("");
        assertThat(problems()).anySatisfy(p -> assertThat(p.message()).contains("Serbian units only"));
    }

    @Test
    void aReasonsTraitsAreReadAndAnUnknownOneIsNamed() throws IOException {
        unit("");
        Files.writeString(dir.resolve("ties/rs-sombor.yaml"), """
                city: rs-sombor
                ties:
                  - partner: hu-baja
                    agreements: [{kind: twinning, date: 1982, sources: [census]}]
                    reasons:
                      - category: economy
                        en: Both are river ports.
                        sr-Latn: Oba su rečne luke.
                        sources: [census]
                        traits: [river-port, wine]
                """);
        assertThat(BundleLoader.load(dir, Atlas.empty()).ties().get(0).reasons().get(0).traits())
                .containsExactly(Trait.RIVER_PORT, Trait.WINE);
        Files.writeString(dir.resolve("ties/rs-sombor.yaml"), Files.readString(dir.resolve("ties/rs-sombor.yaml"))
                .replace("[river-port, wine]", "[volcano]"));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("ties[0].reasons[0].traits");
            assertThat(p.message()).contains("'volcano' is not one of").contains("mining");
        });
    }
}
