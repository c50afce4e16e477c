package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.pobratim.explain.Borders;

/** Land borders are the arcs two countries' outlines share in a topology; a coast is an arc of one country alone. */
class CountryBordersTest {
    @Test
    void twoCountriesThatShareAnArcBorderEachOther() throws Exception {
        // Hungary (348) and Serbia (688) share arc 1; Greece (300) has arc 2 alone; Kosovo has no code but a name
        String topology = """
                {"type": "Topology", "arcs": [[[0,0],[1,0]], [[1,0],[1,1]], [[5,5],[6,6]], [[1,1],[2,2]], [[2,2],[3,3]]],
                 "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                   {"type": "Polygon", "id": "348", "arcs": [[0, 1]]},
                   {"type": "Polygon", "id": "688", "arcs": [[-2, 3]]},
                   {"type": "MultiPolygon", "id": "300", "arcs": [[[2]]]},
                   {"type": "Polygon", "properties": {"name": "Kosovo"}, "arcs": [[-4]]},
                   {"type": "Polygon", "id": "008", "arcs": [[4]]}]}}}
                """;
        Borders borders = CountryBorders.of(new ObjectMapper().readTree(topology));
        assertThat(borders.neighbours("HU", "RS")).isTrue();
        assertThat(borders.neighbours("RS", "HU")).isTrue();
        assertThat(borders.of("GR")).isEmpty();
        assertThat(borders.of("RS")).as("Kosovo's arc is Serbia's own, so no pair").containsExactly("HU");
        assertThat(borders.of("AL")).isEmpty();
    }

    @Test
    void theBundledShapesGiveSerbiaItsNeighboursWithAlbaniaThroughKosovo() {
        Borders borders = CountryBorders.bundled();
        assertThat(borders.of("RS")).containsExactlyInAnyOrder("HU", "RO", "BG", "MK", "AL", "ME", "BA", "HR");
        assertThat(borders.of("GB")).containsExactly("IE");
        assertThat(borders.neighbours("FR", "DE")).isTrue();
        assertThat(borders.neighbours("RS", "SI")).isFalse();
    }
}
