package org.pobratim.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieQuery;

/**
 * Every export format written from a small atlas made for it (a tie across the antimeridian, a decade, a day, a
 * name with quotes and angle brackets, a source address with a space, a city without ties) and read back by its
 * real reader, with the counts and values the atlas has.
 */
class ExportFormatsTest {
    private static final String SCHEMA = "https://schema.org/";
    private static final String POB = "urn:pobratim:vocab:";
    private static final Source NEWS = new Source("news", "https://example.org/a b?x=1", "News", null, null,
            LocalDate.parse("2026-11-01"), "en", SourceTier.SECONDARY);
    private static final City KIKINDA = new City("rs-kikinda", Map.of("en", "Kikinda", "sr-Cyrl", "Кикинда"),
            List.of(), "RS", new Coordinates(45.83, 20.46), null, null, "Q188803", null, List.of());
    private static final City NARVIK = city("no-narvik", "Narvik", "NO", 68.44, 17.43);
    private static final City SUVA = city("fj-suva", "Suva", "FJ", -18.14, 178.44);
    private static final City HONOLULU = city("us-honolulu", "Honolulu", "US", 21.31, -157.86);
    private static final City ODD = city("gb-odd", "Say \"odd\" & <odder>, then\nmore", "GB", 51.5, -0.1);
    private static final City LONELY = city("jp-lonely", "Lonely", "JP", 35.0, 139.0);

    @TempDir
    Path dir;

    private static City city(String id, String name, String country, double lat, double lon) {
        return new City(id, Map.of("en", name), List.of(), country, new Coordinates(lat, lon), null, null, null, null,
                List.of());
    }

    private static Tie tie(City a, City b, AgreementKind kind, String date) {
        return new Tie(a.id(), b.id(), List.of(new Agreement(kind, PartialDate.parse(date), null,
                List.of(NEWS.id()))), null, null, null, null);
    }

    private static Atlas atlas() {
        return new Atlas(7, List.of(NEWS), List.of(KIKINDA, NARVIK, SUVA, HONOLULU, ODD, LONELY), List.of(
                tie(KIKINDA, NARVIK, AgreementKind.TWINNING, "1968"),
                tie(SUVA, HONOLULU, AgreementKind.FRIENDSHIP, "1960s"),
                tie(KIKINDA, ODD, AgreementKind.COOPERATION, "1999-05-09")));
    }

    @Test
    void turtleAndJsonLdReadByJenaAreTheSameGraphWithTheAtlasCountsAndValues() throws IOException {
        Selection all = Selection.all(atlas());
        Model turtle = ExportReaders.rdf(ExportReaders.write(all, ExportFormat.TURTLE, dir), Lang.TURTLE);
        Model jsonLd = ExportReaders.rdf(ExportReaders.write(all, ExportFormat.JSONLD, dir), Lang.JSONLD);
        assertThat(turtle.isIsomorphicWith(jsonLd)).isTrue();

        assertThat(turtle.listSubjectsWithProperty(RDF.type, turtle.createResource(SCHEMA + "City")).toList())
                .hasSize(6);
        assertThat(turtle.listSubjectsWithProperty(RDF.type, turtle.createResource(POB + "Tie")).toList())
                .hasSize(3);
        assertThat(turtle.listStatements(null, turtle.createProperty("http://www.wikidata.org/prop/direct/P190"),
                (org.apache.jena.rdf.model.RDFNode) null).toList()).as("both ways").hasSize(6);
        Resource kikinda = turtle.getResource("urn:pobratim:city:rs-kikinda");
        assertThat(kikinda.getPropertyResourceValue(turtle.createProperty(SCHEMA + "sameAs")).getURI())
                .isEqualTo("http://www.wikidata.org/entity/Q188803");
        assertThat(kikinda.listProperties(turtle.createProperty(SCHEMA + "name")).toList())
                .extracting(st -> st.getLiteral().getString() + "@" + st.getLiteral().getLanguage())
                .containsExactlyInAnyOrder("Kikinda@en", "Кикинда@sr-Cyrl");
        Resource odd = turtle.getResource("urn:pobratim:city:gb-odd");
        assertThat(odd.getProperty(turtle.createProperty(SCHEMA + "name")).getString())
                .isEqualTo("Say \"odd\" & <odder>, then\nmore");

        Resource narvik = turtle.getResource("urn:pobratim:tie:no-narvik--rs-kikinda");
        var startDate = narvik.getProperty(turtle.createProperty(SCHEMA + "startDate")).getLiteral();
        assertThat(startDate.getLexicalForm()).isEqualTo("1968");
        assertThat(startDate.getDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#gYear");
        assertThat(narvik.getPropertyResourceValue(turtle.createProperty(SCHEMA + "citation")).getURI())
                .isEqualTo("https://example.org/a%20b?x=1");
        Resource decade = turtle.getResource("urn:pobratim:tie:fj-suva--us-honolulu");
        assertThat(decade.hasProperty(turtle.createProperty(SCHEMA + "startDate"))).isFalse();
        assertThat(decade.getProperty(turtle.createProperty(POB + "established")).getString()).isEqualTo("1960s");
        assertThat(turtle.getResource("urn:pobratim:tie:gb-odd--rs-kikinda")
                .getProperty(turtle.createProperty(SCHEMA + "startDate")).getLiteral().getDatatypeURI())
                .endsWith("#date");
    }

    @Test
    void graphMlAndGexfReadByNetworkxHaveANodePerCityAndAnEdgePerTieWithTheirAttributes() throws Exception {
        Selection all = Selection.all(atlas());
        List<String> graphml = ExportReaders.networkx(ExportReaders.write(all, ExportFormat.GRAPHML, dir),
                "read_graphml", "gb-odd--rs-kikinda");
        assertThat(graphml.subList(0, 3)).containsExactly("6", "3", "False");
        assertThat(graphml.get(3)).contains("('established_year', 1999)").contains("('kinds', 'cooperation')")
                .contains("('tier', 'secondary')");
        assertThat(ExportReaders.networkx(ExportReaders.write(all, ExportFormat.GRAPHML, dir), "read_graphml",
                "fj-suva--us-honolulu").get(3)).as("a decade is no year").contains("('established', '1960s')")
                .doesNotContain("established_year");
        List<String> gexf = ExportReaders.networkx(ExportReaders.write(all, ExportFormat.GEXF, dir), "read_gexf",
                "gb-odd--rs-kikinda");
        assertThat(gexf.subList(0, 3)).containsExactly("6", "3", "False");
        assertThat(gexf.get(3)).contains("('established', '1999-05-09')").contains("('established_year', 1999)");

        Selection kikinda = Selection.of(atlas(), new TieQuery("rs-kikinda", null, null, null, null, null, null,
                null));
        assertThat(ExportReaders.networkx(ExportReaders.write(kikinda, ExportFormat.GRAPHML, dir), "read_graphml",
                "").subList(0, 2)).as("a filter: its ties and the cities at their ends").containsExactly("3", "2");
    }

    @Test
    void geoJsonHasAPointPerCityAndALinePerTieCutAtTheAntimeridianAndOgrinfoReadsIt() throws Exception {
        Selection all = Selection.all(atlas());
        Path file = ExportReaders.write(all, ExportFormat.GEOJSON, dir);
        JsonNode features = new ObjectMapper().readTree(file.toFile()).get("features");
        assertThat(features).hasSize(9);
        JsonNode pacific = null;
        for (JsonNode f : features) {
            for (JsonNode p : f.get("geometry").get("type").asText().equals("MultiLineString")
                    ? f.get("geometry").get("coordinates") : List.<JsonNode>of()) {
                assertThat(p).allSatisfy(point -> assertThat(Math.abs(point.get(0).asDouble())).isLessThanOrEqualTo(180));
            }
            if (f.get("id").asText().equals("fj-suva--us-honolulu")) {
                pacific = f;
            }
        }
        assertThat(pacific.get("geometry").get("type").asText()).isEqualTo("MultiLineString");
        JsonNode parts = pacific.get("geometry").get("coordinates");
        JsonNode firstEnd = parts.get(0).get(parts.get(0).size() - 1);
        assertThat(firstEnd.get(0).asDouble()).isEqualTo(180.0);
        assertThat(parts.get(1).get(0).get(0).asDouble()).isEqualTo(-180.0);
        assertThat(firstEnd.get(1).asDouble()).isEqualTo(parts.get(1).get(0).get(1).asDouble());
        assertThat(parts.get(0).get(0).get(0).asDouble()).isEqualTo(178.44);
        assertThat(pacific.get("properties").get("established").asText()).isEqualTo("1960s");

        if (ExportReaders.hasOgrinfo()) {
            assertThat(ExportReaders.ogrinfo(file)).contains("Feature Count: 9");
        }
    }

    @Test
    void theCsvFilesValidateAgainstTheirDataPackage() throws Exception {
        Selection all = Selection.all(atlas());
        ExportReaders.write(all, ExportFormat.CSV, dir);
        ExportReaders.write(all, ExportFormat.CITIES_CSV, dir);
        Path datapackage = ExportReaders.write(all, ExportFormat.DATAPACKAGE, dir);
        assertThat(ExportReaders.checkDatapackage(datapackage, 3, 6))
                .containsExactly("ties.csv: 3 rows, 14 fields, valid against datapackage.json",
                        "cities.csv: 6 rows, 14 fields, valid against datapackage.json");
    }
}
