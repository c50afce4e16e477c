package org.pobratim.export;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Tie;

/**
 * The network as a graph for Gephi, networkx, igraph or R: GraphML and GEXF 1.2, undirected, a node per city and
 * an edge per tie, each with its attributes (declared once, typed). Written with the JDK's StAX writer, which
 * escapes every name and value.
 */
public final class Graphs {
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF = "http://www.gexf.net/1.2draft";
    /** GEXF's names of the attribute types. */
    private static final Map<String, String> GEXF_TYPES = Map.of("string", "string", "double", "double",
            "int", "integer");

    /** An attribute: its name, its type in GraphML ({@code string}, {@code double}, {@code int}) and its value. */
    private record Attribute<T>(String name, String type, Function<T, Object> value) {
    }

    private static List<Attribute<City>> nodeAttributes() {
        return List.of(new Attribute<>("name", "string", City::displayName),
                new Attribute<>("country", "string", City::country),
                new Attribute<>("lat", "double", c -> c.location().lat()),
                new Attribute<>("lon", "double", c -> c.location().lon()),
                new Attribute<>("wikidata", "string", City::wikidataId));
    }

    private static List<Attribute<Tie>> edgeAttributes(Selection s) {
        return List.of(new Attribute<>("established", "string", t -> blankToNull(Selection.established(t))),
                new Attribute<>("established_year", "int", Selection::year),
                new Attribute<>("kinds", "string", t -> blankToNull(Selection.kinds(t))),
                new Attribute<>("status", "string", t -> t.status().state().code()),
                new Attribute<>("reasons", "string", t -> blankToNull(Selection.reasons(t))),
                new Attribute<>("tier", "string", s::tier));
    }

    private Graphs() {
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    public static void graphml(Selection s, Writer out) {
        List<Attribute<City>> nodes = nodeAttributes();
        List<Attribute<Tie>> edges = edgeAttributes(s);
        write(out, x -> {
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(GRAPHML);
            x.writeCharacters("\n");
            keys(x, "node", "n", nodes);
            keys(x, "edge", "e", edges);
            x.writeStartElement("graph");
            x.writeAttribute("id", "pobratim");
            x.writeAttribute("edgedefault", "undirected");
            x.writeCharacters("\n");
            for (City c : s.cities()) {
                x.writeStartElement("node");
                x.writeAttribute("id", c.id());
                data(x, "n", nodes, c);
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            for (Tie t : s.ties()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", t.id());
                x.writeAttribute("source", t.cityA());
                x.writeAttribute("target", t.cityB());
                data(x, "e", edges, t);
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeEndElement();
        });
    }

    private static <T> void keys(XMLStreamWriter x, String kind, String prefix, List<Attribute<T>> attributes)
            throws XMLStreamException {
        for (int i = 0; i < attributes.size(); i++) {
            x.writeEmptyElement("key");
            x.writeAttribute("id", prefix + i);
            x.writeAttribute("for", kind);
            x.writeAttribute("attr.name", attributes.get(i).name());
            x.writeAttribute("attr.type", attributes.get(i).type());
            x.writeCharacters("\n");
        }
    }

    private static <T> void data(XMLStreamWriter x, String prefix, List<Attribute<T>> attributes, T item)
            throws XMLStreamException {
        for (int i = 0; i < attributes.size(); i++) {
            Object value = attributes.get(i).value().apply(item);
            if (value != null) {
                x.writeStartElement("data");
                x.writeAttribute("key", prefix + i);
                x.writeCharacters(value.toString());
                x.writeEndElement();
            }
        }
    }

    public static void gexf(Selection s, String created, Writer out) {
        List<Attribute<City>> nodes = nodeAttributes();
        List<Attribute<Tie>> edges = edgeAttributes(s);
        write(out, x -> {
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(GEXF);
            x.writeAttribute("version", "1.2");
            x.writeCharacters("\n");
            x.writeStartElement("meta");
            x.writeAttribute("lastmodifieddate", created);
            x.writeStartElement("creator");
            x.writeCharacters("Pobratim");
            x.writeEndElement();
            x.writeStartElement("description");
            x.writeCharacters("Twin-city ties: a node per city, an edge per tie (atlas version "
                    + s.atlas().version() + ")");
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", "undirected");
            x.writeAttribute("mode", "static");
            x.writeCharacters("\n");
            attributes(x, "node", nodes);
            attributes(x, "edge", edges);
            x.writeStartElement("nodes");
            x.writeCharacters("\n");
            for (City c : s.cities()) {
                x.writeStartElement("node");
                x.writeAttribute("id", c.id());
                x.writeAttribute("label", c.displayName());
                values(x, nodes, c);
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeStartElement("edges");
            x.writeCharacters("\n");
            for (Tie t : s.ties()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", t.id());
                x.writeAttribute("source", t.cityA());
                x.writeAttribute("target", t.cityB());
                values(x, edges, t);
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        });
    }

    private static <T> void attributes(XMLStreamWriter x, String kind, List<Attribute<T>> attributes)
            throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", kind);
        x.writeCharacters("\n");
        for (int i = 0; i < attributes.size(); i++) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", Integer.toString(i));
            x.writeAttribute("title", attributes.get(i).name());
            x.writeAttribute("type", GEXF_TYPES.get(attributes.get(i).type()));
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static <T> void values(XMLStreamWriter x, List<Attribute<T>> attributes, T item)
            throws XMLStreamException {
        x.writeStartElement("attvalues");
        for (int i = 0; i < attributes.size(); i++) {
            Object value = attributes.get(i).value().apply(item);
            if (value != null) {
                x.writeEmptyElement("attvalue");
                x.writeAttribute("for", Integer.toString(i));
                x.writeAttribute("value", value.toString());
            }
        }
        x.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    /** {@code out} must write UTF-8, which the XML declaration says. */
    private static void write(Writer out, Body body) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            body.write(x);
            x.writeEndDocument();
            x.flush();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the XML writer failed: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
