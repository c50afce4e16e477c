package org.pobratim.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The bundled Natural Earth shapes decode into GeoJSON with the right countries in the right places. */
class CountryShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode feature(JsonNode collection, String field, String value) {
        for (JsonNode f : collection.get("features")) {
            if (value.equals(f.at("/properties/" + field).asText(null))) {
                return f;
            }
        }
        return null;
    }

    /** Ray casting over the outer rings of a (Multi)Polygon. */
    private static boolean contains(JsonNode feature, double lon, double lat) {
        JsonNode geometry = feature.get("geometry");
        JsonNode polygons = geometry.get("type").asText().equals("Polygon")
                ? JSON.createArrayNode().add(geometry.get("coordinates")) : geometry.get("coordinates");
        for (JsonNode polygon : polygons) {
            JsonNode ring = polygon.get(0);
            boolean inside = false;
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                double xi = ring.get(i).get(0).asDouble();
                double yi = ring.get(i).get(1).asDouble();
                double xj = ring.get(j).get(0).asDouble();
                double yj = ring.get(j).get(1).asDouble();
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            if (inside) {
                return true;
            }
        }
        return false;
    }

    @Test
    void serbiaHoldsBelgradeAndNisAndGreeceHoldsThessaloniki() throws Exception {
        JsonNode shapes = JSON.readTree(CountryShapes.bundled().geoJson());
        assertThat(shapes.get("features").size()).isBetween(170, 180);
        JsonNode serbia = feature(shapes, "cc", "RS");
        assertThat(serbia).isNotNull();
        assertThat(contains(serbia, 20.46, 44.82)).as("Belgrade").isTrue();
        assertThat(contains(serbia, 21.90, 43.32)).as("Niš").isTrue();
        assertThat(contains(serbia, 22.94, 40.64)).as("Thessaloniki is not in Serbia").isFalse();
        assertThat(contains(feature(shapes, "cc", "GR"), 22.94, 40.64)).isTrue();
        // Natural Earth's own units without an ISO code keep their name, and Antarctica is left out
        assertThat(feature(shapes, "name", "Kosovo").at("/properties/cc").isMissingNode()).isTrue();
        assertThat(feature(shapes, "cc", "AQ")).isNull();
    }

    @Test
    void arcsAreDeltaDecodedAndReversedArcsRunBackwards() throws Exception {
        // two arcs forming a square with its lower-left corner at (10, 20), scale 1: arc 0 goes right then up,
        // arc 1 (used reversed, ~1) comes back along the top and down
        JsonNode topology = JSON.readTree("""
                {"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
                 "arcs":[[[0,0],[1,0],[0,1]],[[0,0],[0,1],[1,0]]],
                 "objects":{"countries":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0,-2]],"id":"688","properties":{"name":"Square"}}]}}}
                """);
        JsonNode decoded = JSON.readTree(CountryShapes.decode(topology).geoJson());
        JsonNode ring = decoded.at("/features/0/geometry/coordinates/0");
        assertThat(decoded.at("/features/0/properties/cc").asText()).isEqualTo("RS");
        assertThat(ring.toString()).isEqualTo("[[10.0,20.0],[11.0,20.0],[11.0,21.0],[10.0,21.0],[10.0,20.0]]");
    }
}
