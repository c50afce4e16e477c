package org.pobratim.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.City;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;

/**
 * The selection as RDF, in JSON-LD 1.1 (compacted with prefixes) and Turtle, from one list of statements so the
 * two say the same. A city is {@code <urn:pobratim:city:ID>}, a {@code schema:City} with its names (language-tagged),
 * id, coordinates and country, and {@code schema:sameAs} its Wikidata item where the QID is known; two twinned cities
 * are linked by Wikidata's {@code wdt:P190} (twinned administrative body) both ways. A tie is
 * {@code <urn:pobratim:tie:ID>}, a {@code pob:Tie} with its two cities, its date ({@code schema:startDate}, typed
 * by its precision; a decade only as {@code pob:established}), kinds, status, tier and every cited source as
 * {@code schema:citation}. {@code pob:} terms are the atlas's own ({@code urn:pobratim:vocab:}).
 */
public final class LinkedData {
    static final Map<String, String> PREFIXES = prefixes();
    private static final JsonFactory FACTORY = new JsonFactory();

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("schema", "https://schema.org/");
        p.put("wd", "http://www.wikidata.org/entity/");
        p.put("wdt", "http://www.wikidata.org/prop/direct/");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("pob", "urn:pobratim:vocab:");
        return p;
    }

    /** An object: an IRI (compact {@code prefix:local} or full), or a literal with a datatype or a language. */
    record Term(String iri, String value, String datatype, String language) {
        static Term iri(String iri) {
            return new Term(iri, null, null, null);
        }

        static Term text(String value) {
            return new Term(null, value, null, null);
        }

        static Term typed(String value, String datatype) {
            return new Term(null, value, datatype, null);
        }

        static Term tagged(String value, String language) {
            return new Term(null, value, null, language);
        }
    }

    /** A subject with its type and its statements (predicate, object), in order. */
    record Node(String iri, String type, List<Map.Entry<String, Term>> statements) {
        Node add(String predicate, Term object) {
            statements.add(Map.entry(predicate, object));
            return this;
        }
    }

    private LinkedData() {
    }

    static String cityIri(String id) {
        return "urn:pobratim:city:" + id;
    }

    static List<Node> nodes(Selection s) {
        java.util.Set<String> selected = new java.util.HashSet<>();
        s.ties().forEach(t -> selected.add(t.id()));
        List<Node> nodes = new ArrayList<>();
        for (City c : s.cities()) {
            Node n = new Node(cityIri(c.id()), "schema:City", new ArrayList<>());
            c.names().forEach((lang, name) -> n.add("schema:name", Term.tagged(name, lang)));
            n.add("schema:identifier", Term.text(c.id()));
            n.add("schema:latitude", Term.typed(Double.toString(c.location().lat()), "xsd:double"));
            n.add("schema:longitude", Term.typed(Double.toString(c.location().lon()), "xsd:double"));
            n.add("schema:addressCountry", Term.text(c.country()));
            if (c.wikidataId() != null) {
                n.add("schema:sameAs", Term.iri("wd:" + c.wikidataId()));
            }
            s.atlas().tiesOf(c.id()).stream().filter(t -> selected.contains(t.id())).forEach(t ->
                    n.add("wdt:P190", Term.iri(cityIri(t.partnerOf(c.id()).orElseThrow()))));
            nodes.add(n);
        }
        for (Tie t : s.ties()) {
            Node n = new Node("urn:pobratim:tie:" + t.id(), "pob:Tie", new ArrayList<>());
            n.add("pob:cityA", Term.iri(cityIri(t.cityA())));
            n.add("pob:cityB", Term.iri(cityIri(t.cityB())));
            n.add("schema:identifier", Term.text(t.id()));
            PartialDate d = t.established();
            if (d.isKnown()) {
                n.add("pob:established", Term.text(d.toString()));
                String type = switch (d.precision()) {
                    case DAY -> "xsd:date";
                    case MONTH -> "xsd:gYearMonth";
                    case YEAR -> "xsd:gYear";
                    default -> null;
                };
                if (type != null) {
                    n.add("schema:startDate", Term.typed(d.toString(), type));
                }
            }
            t.agreements().stream().map(Agreement::kind).distinct()
                    .forEach(k -> n.add("pob:kind", Term.text(k.code())));
            n.add("pob:status", Term.text(t.status().state().code()));
            n.add("pob:tier", Term.text(s.tier(t)));
            for (Source source : s.sources(t)) {
                n.add("schema:citation", Term.iri(iri(source.url())));
            }
            nodes.add(n);
        }
        return nodes;
    }

    /** An address as an IRI: the characters an IRI may not hold (space, quotes, angle brackets...) percent-encoded. */
    static String iri(String url) {
        StringBuilder b = new StringBuilder();
        for (char ch : url.toCharArray()) {
            if (ch <= 0x20 || "<>\"{}|^`\\".indexOf(ch) >= 0) {
                b.append(String.format(java.util.Locale.ROOT, "%%%02X", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Turtle: the prefixes, then each node's statements, one per line. */
    public static void turtle(Selection s, Writer out) {
        try {
            for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
                out.write("@prefix " + p.getKey() + ": <" + p.getValue() + "> .\n");
            }
            for (Node n : nodes(s)) {
                out.write("\n<" + n.iri() + "> a " + n.type());
                for (Map.Entry<String, Term> st : n.statements()) {
                    out.write(" ;\n    " + st.getKey() + " " + turtle(st.getValue()));
                }
                out.write(" .\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String turtle(Term t) {
        if (t.iri() != null) {
            return compact(t.iri()) ? t.iri() : "<" + t.iri() + ">";
        }
        String quoted = "\"" + t.value().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\r", "\\r") + "\"";
        if (t.datatype() != null) {
            return quoted + "^^" + t.datatype();
        }
        return t.language() != null ? quoted + "@" + t.language() : quoted;
    }

    /** Whether an IRI is written {@code prefix:local} (one of ours, with a plain local part). */
    private static boolean compact(String iri) {
        int colon = iri.indexOf(':');
        return colon > 0 && PREFIXES.containsKey(iri.substring(0, colon))
                && iri.substring(colon + 1).matches("[A-Za-z0-9_]+");
    }

    /** JSON-LD 1.1, compacted: a context of the prefixes, and the nodes in {@code @graph}. */
    public static void jsonLd(Selection s, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeObjectFieldStart("@context");
            for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
                g.writeStringField(p.getKey(), p.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("@graph");
            for (Node n : nodes(s)) {
                g.writeStartObject();
                g.writeStringField("@id", n.iri());
                g.writeStringField("@type", n.type());
                Map<String, List<Term>> byPredicate = new LinkedHashMap<>();
                n.statements().forEach(st -> byPredicate.computeIfAbsent(st.getKey(), k -> new ArrayList<>())
                        .add(st.getValue()));
                for (Map.Entry<String, List<Term>> p : byPredicate.entrySet()) {
                    g.writeArrayFieldStart(p.getKey());
                    for (Term t : p.getValue()) {
                        g.writeStartObject();
                        if (t.iri() != null) {
                            g.writeStringField("@id", t.iri());
                        } else {
                            g.writeStringField("@value", t.value());
                            if (t.datatype() != null) {
                                g.writeStringField("@type", t.datatype());
                            }
                            if (t.language() != null) {
                                g.writeStringField("@language", t.language());
                            }
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
