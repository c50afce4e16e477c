package org.pobratim.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.ingest.BundleLoader;

/**
 * A data test: the bundled data's whole export, each format read back by its real reader (Jena, networkx, ogrinfo,
 * the data package check), with as many cities and ties as the atlas has.
 */
class ExportDataTest {
    @TempDir
    static Path dir;
    static Atlas atlas;
    static Selection all;

    @BeforeAll
    static void load() {
        ChangeSet bundle = BundleLoader.load(TestData.bundledData(), Atlas.empty());
        atlas = new Atlas(1, bundle.sources(), bundle.cities(), bundle.ties());
        all = Selection.all(atlas);
    }

    @Test
    void theWholeExportHasEveryCityAndTie() {
        assertThat(all.cities()).hasSize(atlas.cities().size());
        assertThat(all.ties()).hasSize(atlas.ties().size()).isNotEmpty();
    }

    @Test
    void linkedDataReadByJena() {
        Model turtle = ExportReaders.rdf(ExportReaders.write(all, ExportFormat.TURTLE, dir), Lang.TURTLE);
        Model jsonLd = ExportReaders.rdf(ExportReaders.write(all, ExportFormat.JSONLD, dir), Lang.JSONLD);
        assertThat(turtle.size()).isEqualTo(jsonLd.size()).isPositive();
        assertThat(turtle.isIsomorphicWith(jsonLd)).isTrue();
        assertThat(turtle.listSubjectsWithProperty(RDF.type, turtle.createResource("https://schema.org/City"))
                .toList()).hasSize(atlas.cities().size());
        assertThat(turtle.listSubjectsWithProperty(RDF.type, turtle.createResource("urn:pobratim:vocab:Tie"))
                .toList()).hasSize(atlas.ties().size());
    }

    @Test
    void graphsReadByNetworkx() throws Exception {
        String nodes = Integer.toString(atlas.cities().size());
        String edges = Integer.toString(atlas.ties().size());
        assertThat(ExportReaders.networkx(ExportReaders.write(all, ExportFormat.GRAPHML, dir), "read_graphml", "")
                .subList(0, 3)).containsExactly(nodes, edges, "False");
        assertThat(ExportReaders.networkx(ExportReaders.write(all, ExportFormat.GEXF, dir), "read_gexf", "")
                .subList(0, 3)).containsExactly(nodes, edges, "False");
    }

    @Test
    void geoJsonReadByOgrinfo() throws Exception {
        Path file = ExportReaders.write(all, ExportFormat.GEOJSON, dir);
        if (ExportReaders.hasOgrinfo()) {
            assertThat(ExportReaders.ogrinfo(file))
                    .contains("Feature Count: " + (atlas.cities().size() + atlas.ties().size()));
        }
    }

    @Test
    void csvValidAgainstItsDataPackage() throws Exception {
        ExportReaders.write(all, ExportFormat.CSV, dir);
        ExportReaders.write(all, ExportFormat.CITIES_CSV, dir);
        assertThat(ExportReaders.checkDatapackage(ExportReaders.write(all, ExportFormat.DATAPACKAGE, dir),
                atlas.ties().size(), atlas.cities().size())).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("valid against datapackage.json"));
    }
}
