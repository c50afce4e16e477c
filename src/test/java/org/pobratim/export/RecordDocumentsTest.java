package org.pobratim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pobratim.atlas.Activity;
import org.pobratim.atlas.ActivityKind;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Conflict;
import org.pobratim.atlas.ConflictTopic;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.LocalizedText;
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

/** The store's documents: every field written as its text, read back into an equal record. */
class RecordDocumentsTest {
    @Test
    void aTieIsWrittenWithItsIdAndCodesAndReadBackEqual() {
        Tie tie = new Tie("rs-kikinda", "no-narvik",
                List.of(new Agreement(AgreementKind.FRIENDSHIP, PartialDate.parse("1966-05"), "Declaration",
                        List.of("s"))),
                new TieStatus(TieState.ACTIVE, PartialDate.year(2017), "renewed", List.of("s")),
                List.of(new Reason(ReasonCategory.WAR_MEMORY, new LocalizedText("War.", "Rat."), List.of("s"))),
                List.of(new Activity(PartialDate.parse("2018-05"), ActivityKind.VISIT, new LocalizedText("A visit.",
                        "Poseta."), List.of("t"))),
                List.of(new Conflict(ConflictTopic.KIND, "twinning charter", List.of("t"))));
        String json = RecordDocuments.write(tie);
        assertThat(json).startsWith("{\"id\":\"no-narvik--rs-kikinda\",\"cityA\":\"no-narvik\"")
                .contains("\"sr-Latn\":\"Rat.\"", "\"kind\":\"friendship\"", "\"date\":\"1966-05\"",
                        "\"category\":\"war-memory\"", "\"about\":\"kind\"", "\"kind\":\"visit\"");
        assertThat(RecordDocuments.tie(json)).isEqualTo(tie);
    }

    @Test
    void aListingKeepsTheItemsItNamesAndTheSideThatStatesIt() {
        Tie tie = new Tie("rs-kikinda", "no-narvik", List.of(), null, null, null, null, List.of(
                new org.pobratim.atlas.Listing("wikidata-p190", "Narvik – Kikinda", PartialDate.year(1966), null,
                        null, java.util.Map.of("rs-kikinda", "Q188803", "no-narvik", "Q107356"), "no-narvik"),
                new org.pobratim.atlas.Listing("a-list", "Kikinda – Narvik", null, null, null)));
        String json = RecordDocuments.write(tie);
        assertThat(json).contains("\"items\":{\"no-narvik\":\"Q107356\",\"rs-kikinda\":\"Q188803\"},"
                + "\"statedBy\":\"no-narvik\"").containsOnlyOnce("\"items\"");
        assertThat(RecordDocuments.tie(json)).isEqualTo(tie);
    }

    @Test
    void aCityAndASourceAreReadBackEqual() {
        City city = new City("rs-kikinda", Map.of("en", "Kikinda", "sr-Cyrl", "Кикинда"), List.of("Nagykikinda"), "RS",
                new Coordinates(45.83, 20.47), new Population(49326, 2022, "census"), 789518L, "Q188803",
                new SerbianAdmin(AdminType.CITY, "Severnobanatski"), List.of("site"));
        assertThat(RecordDocuments.city(RecordDocuments.write(city))).isEqualTo(city);
        assertThat(RecordDocuments.write(city)).contains("\"admin\":{\"type\":\"grad\"",
                "\"location\":{\"lat\":45.83,\"lon\":20.47}");
        Source source = new Source("site", "https://example.org/", "A site", null, PartialDate.UNKNOWN,
                LocalDate.parse("2026-01-01"), null, SourceTier.PRIMARY);
        assertThat(RecordDocuments.write(source)).isEqualTo("{\"id\":\"site\",\"url\":\"https://example.org/\","
                + "\"title\":\"A site\",\"published\":\"unknown\",\"accessed\":\"2026-01-01\",\"tier\":\"primary\"}");
        assertThat(RecordDocuments.source(RecordDocuments.write(source))).isEqualTo(source);
    }

    @Test
    void aDocumentWithAnUnknownCodeOrFieldIsRefusedSayingWhat() {
        assertThatThrownBy(() -> RecordDocuments.city("{\"id\":\"rs-x\",\"names\":{\"en\":\"X\"},\"country\":\"RS\","
                + "\"location\":{\"lat\":1,\"lon\":2},\"admin\":{\"type\":\"village\"}}"))
                .hasMessageContaining("'village'").hasMessageContaining("grad");
        assertThatThrownBy(() -> RecordDocuments.source("{\"id\":\"s\",\"colour\":\"red\"}"))
                .hasMessageContaining("colour");
    }
}
