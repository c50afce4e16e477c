package org.pobratim.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coordinates;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;

/**
 * GeoJSON (RFC 7946): one FeatureCollection with a Point per city and a great-circle line per tie, each with its
 * properties ({@code "feature": "city"} or {@code "tie"} tells them apart). A line has a point every
 * {@value #STEP_DEGREES} degrees of arc at most; one that crosses the antimeridian is cut there into a
 * MultiLineString, as RFC 7946 section 3.1.9 asks, so that no segment spans the map.
 */
public final class GeoJson {
    static final double STEP_DEGREES = 2;
    private static final JsonFactory FACTORY = new JsonFactory();

    private GeoJson() {
    }

    public static void write(Selection s, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (City c : s.cities()) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", c.id());
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(round(c.location().lon()));
                g.writeNumber(round(c.location().lat()));
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("feature", "city");
                g.writeStringField("name", c.displayName());
                g.writeStringField("country", c.country());
                g.writeStringField("wikidata", c.wikidataId());
                g.writeEndObject();
                g.writeEndObject();
            }
            for (Tie t : s.ties()) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", t.id());
                List<List<double[]>> parts = line(s.a(t).location(), s.b(t).location());
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", parts.size() == 1 ? "LineString" : "MultiLineString");
                g.writeArrayFieldStart("coordinates");
                for (List<double[]> part : parts) {
                    if (parts.size() > 1) {
                        g.writeStartArray();
                    }
                    for (double[] p : part) {
                        g.writeStartArray();
                        g.writeNumber(round(p[1]));
                        g.writeNumber(round(p[0]));
                        g.writeEndArray();
                    }
                    if (parts.size() > 1) {
                        g.writeEndArray();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("feature", "tie");
                g.writeStringField("city_a", t.cityA());
                g.writeStringField("name_a", s.a(t).displayName());
                g.writeStringField("city_b", t.cityB());
                g.writeStringField("name_b", s.b(t).displayName());
                g.writeStringField("established", Selection.established(t));
                g.writeStringField("kinds", Selection.kinds(t));
                g.writeStringField("status", t.status().state().code());
                g.writeStringField("reasons", Selection.reasons(t));
                g.writeStringField("tier", s.tier(t));
                g.writeStringField("source_urls", String.join(" ", s.sources(t).stream().map(Source::url).toList()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Six decimals: about 0.1 m, what RFC 7946 section 11.2 suggests is plenty. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /**
     * The great circle from a to b as [lat, lon] points, in one part, or in two when it crosses the antimeridian
     * (the crossing point ending the first at ±180 and starting the second at ∓180).
     */
    static List<List<double[]>> line(Coordinates a, Coordinates b) {
        double p1 = Math.toRadians(a.lat()), l1 = Math.toRadians(a.lon());
        double p2 = Math.toRadians(b.lat()), l2 = Math.toRadians(b.lon());
        double d = 2 * Math.asin(Math.sqrt(Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin((l2 - l1) / 2), 2)));
        List<double[]> points = new ArrayList<>();
        int steps = d == 0 ? 1 : Math.max(1, (int) Math.ceil(Math.toDegrees(d) / STEP_DEGREES));
        for (int i = 0; i <= steps; i++) {
            if (d == 0) {
                points.add(new double[] {a.lat(), a.lon()});
                continue;
            }
            double f = (double) i / steps;
            double s1 = Math.sin((1 - f) * d) / Math.sin(d), s2 = Math.sin(f * d) / Math.sin(d);
            double x = s1 * Math.cos(p1) * Math.cos(l1) + s2 * Math.cos(p2) * Math.cos(l2);
            double y = s1 * Math.cos(p1) * Math.sin(l1) + s2 * Math.cos(p2) * Math.sin(l2);
            double z = s1 * Math.sin(p1) + s2 * Math.sin(p2);
            points.add(new double[] {Math.toDegrees(Math.atan2(z, Math.sqrt(x * x + y * y))),
                Math.toDegrees(Math.atan2(y, x))});
        }
        // the ends exactly as the cities are, whatever the rounding of the arithmetic
        points.set(0, new double[] {a.lat(), a.lon()});
        points.set(points.size() - 1, new double[] {b.lat(), b.lon()});
        for (int i = 1; i < points.size(); i++) {
            double[] p = points.get(i - 1), q = points.get(i);
            if (Math.abs(q[1] - p[1]) > 180) {
                // crossing at ±180: the latitude there by linear interpolation on the unwrapped longitudes
                double qLon = q[1] + (q[1] < p[1] ? 360 : -360);
                double edge = p[1] > 0 ? 180 : -180;
                double lat = p[0] + (q[0] - p[0]) * (edge - p[1]) / (qLon - p[1]);
                List<double[]> first = new ArrayList<>(points.subList(0, i));
                first.add(new double[] {lat, edge});
                List<double[]> second = new ArrayList<>();
                second.add(new double[] {lat, -edge});
                second.addAll(points.subList(i, points.size()));
                return List.of(first, second);
            }
        }
        return List.of(points);
    }
}
