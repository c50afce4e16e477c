package org.pobratim.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The map's offline base layer: Natural Earth 1:110m countries, bundled as TopoJSON
 * ({@code web/shapes/countries-110m.json}) and decoded once into a GeoJSON FeatureCollection whose features carry
 * the ISO 3166-1 alpha-2 code ({@code cc}, derived from Natural Earth's numeric code; absent for Natural Earth's
 * units without one, such as Kosovo) and the Natural Earth name. Coordinates are rounded to 0.1° (about 10 km, the
 * order of the 1:110m source's own generalisation), repeated points dropped, rings that collapse left out, and
 * Antarctica (no town there has a twin) omitted: that keeps the base layer near 40 KB compressed, so that a city
 * page with its map loads in under 100 KB.
 */
final class CountryShapes {
    private static final String RESOURCE = "/web/shapes/countries-110m.json";
    private static final double PRECISION = 10;
    private static final String ANTARCTICA = "AQ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String geoJson;
    private final int features;

    private CountryShapes(String geoJson, int features) {
        this.geoJson = geoJson;
        this.features = features;
    }

    static CountryShapes bundled() {
        try (InputStream in = CountryShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return decode(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a TopoJSON topology with a {@code countries} object (quantized, delta-encoded arcs). */
    static CountryShapes decode(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1);
        double sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0);
        double ty = transform.path("translate").path(1).asDouble(0);
        boolean quantized = transform.isObject();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            double[][] points = new double[arc.size()][];
            double x = 0;
            double y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode p = arc.get(i);
                if (quantized) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    points[i] = new double[] {x * sx + tx, y * sy + ty};
                } else {
                    points[i] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
                }
            }
            arcs.add(points);
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode collection = nodes.objectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (JsonNode geometry : topology.path("objects").path("countries").path("geometries")) {
            String type = geometry.path("type").asText();
            String code = alpha2(geometry.path("id").asText(""));
            if (ANTARCTICA.equals(code)) {
                continue;
            }
            ArrayNode coordinates = nodes.arrayNode();
            if (type.equals("Polygon")) {
                coordinates = polygon(geometry.path("arcs"), arcs);
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode polygon : geometry.path("arcs")) {
                    ArrayNode rings = polygon(polygon, arcs);
                    if (!rings.isEmpty()) {
                        coordinates.add(rings);
                    }
                }
            } else {
                continue;
            }
            if (coordinates.isEmpty()) {
                continue;
            }
            ObjectNode feature = features.addObject().put("type", "Feature");
            ObjectNode properties = feature.putObject("properties");
            if (code != null) {
                properties.put("cc", code);
            }
            properties.put("name", geometry.path("properties").path("name").asText(""));
            feature.putObject("geometry").put("type", type).set("coordinates", coordinates);
        }
        try {
            return new CountryShapes(JSON.writeValueAsString(collection), features.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode polygon(JsonNode rings, List<double[][]> arcs) {
        ArrayNode polygon = JsonNodeFactory.instance.arrayNode();
        boolean outer = true;
        for (JsonNode ring : rings) {
            ArrayNode points = JsonNodeFactory.instance.arrayNode();
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (JsonNode index : ring) {
                int i = index.asInt();
                double[][] arc = arcs.get(i >= 0 ? i : ~i);
                int n = arc.length;
                for (int k = 0; k < n; k++) {
                    double[] p = arc[i >= 0 ? k : n - 1 - k];
                    double x = round(p[0]);
                    double y = round(p[1]);
                    if (x != lastX || y != lastY) { // also the point consecutive arcs share
                        points.addArray().add(x).add(y);
                        lastX = x;
                        lastY = y;
                    }
                }
            }
            if (points.size() >= 4) {
                polygon.add(points);
            } else if (outer) {
                return JsonNodeFactory.instance.arrayNode(); // an island smaller than the rounding
            }
            outer = false;
        }
        return polygon;
    }

    private static double round(double value) {
        return Math.round(value * PRECISION) / PRECISION;
    }

    /** ISO 3166-1 numeric ("688") to alpha-2 ("RS"), through ICU's region data. */
    private static String alpha2(String numeric) {
        if (!numeric.matches("\\d{3}")) {
            return null;
        }
        try {
            String code = com.ibm.icu.util.Region.getInstance(Integer.parseInt(numeric)).toString();
            return code.matches("[A-Z]{2}") ? code : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The GeoJSON FeatureCollection, as served at {@code /shapes/countries.geojson}. */
    String geoJson() {
        return geoJson;
    }

    int features() {
        return features;
    }
}
