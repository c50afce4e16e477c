package org.pobratim.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pobratim.atlas.Serbia;
import org.pobratim.explain.Borders;

/**
 * Land borders derived from the bundled Natural Earth 1:110m country shapes (TopoJSON): in a topology, two countries
 * that share a border share the arc that draws it, while a coast is an arc of one country alone. Natural Earth's units
 * without an ISO code are given the atlas's: Kosovo is Serbia's (as Serbian law, and as the atlas files its places),
 * Northern Cyprus is Cyprus's, Somaliland Somalia's. Microstates the 1:110m shapes leave out have no borders here.
 */
public final class CountryBorders {
    public static final String RESOURCE = "/web/shapes/countries-110m.json";
    private static final Map<String, String> UNCODED = Map.of("Kosovo", Serbia.CODE, "N. Cyprus", "CY",
            "Somaliland", "SO");
    private static volatile Borders bundled;

    private CountryBorders() {
    }

    /** The borders of the bundled shapes, derived once. */
    public static Borders bundled() {
        if (bundled == null) {
            try (InputStream in = CountryBorders.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                bundled = of(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    /** The borders of a TopoJSON topology whose {@code countries} object holds the country geometries. */
    public static Borders of(JsonNode topology) {
        Map<Integer, Set<String>> countriesByArc = new HashMap<>();
        for (JsonNode geometry : topology.path("objects").path("countries").path("geometries")) {
            String code = code(geometry);
            if (code != null) {
                collectArcs(geometry.path("arcs"), code, countriesByArc);
            }
        }
        List<String[]> pairs = new ArrayList<>();
        for (Set<String> countries : countriesByArc.values()) {
            List<String> codes = new ArrayList<>(countries);
            for (int i = 0; i < codes.size(); i++) {
                for (int j = i + 1; j < codes.size(); j++) {
                    pairs.add(new String[] {codes.get(i), codes.get(j)});
                }
            }
        }
        return Borders.of(pairs);
    }

    private static void collectArcs(JsonNode arcs, String code, Map<Integer, Set<String>> countriesByArc) {
        for (JsonNode item : arcs) {
            if (item.isArray()) {
                collectArcs(item, code, countriesByArc);
            } else {
                int index = item.asInt();
                countriesByArc.computeIfAbsent(index >= 0 ? index : ~index, k -> new TreeSet<>()).add(code);
            }
        }
    }

    private static String code(JsonNode geometry) {
        String numeric = geometry.path("id").asText("");
        if (numeric.matches("\\d{3}")) {
            try {
                String code = com.ibm.icu.util.Region.getInstance(Integer.parseInt(numeric)).toString();
                if (code.matches("[A-Z]{2}")) {
                    return code;
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return UNCODED.get(geometry.path("properties").path("name").asText(""));
    }
}
