package org.pobratim.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, located access to one YAML mapping. Every value is read as text (so {@code NO} stays Norway), and
 * every problem is reported with the file, the line of the value and the field path, e.g.
 * {@code ties[2].agreements[0].date}. A text longer than its field allows ({@link TextLimit}) is a problem too.
 * Getters return empty/null after reporting a problem, so that one pass over a file collects all of its problems.
 */
final class YamlFields {
    private final String file;
    private final String path;
    private final MappingNode node;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final List<Problem> problems;

    private YamlFields(String file, String path, MappingNode node, List<Problem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (values.put(key, tuple.getValueNode()) != null) {
                problems.add(new Problem(file, line(tuple.getKeyNode()), field(key), "is given twice"));
            }
        }
    }

    /** The fields of a node that must be a mapping; empty (with a problem reported) when it is not. */
    static Optional<YamlFields> of(String file, String path, Node node, List<Problem> problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlFields(file, path, mapping, problems));
        }
        problems.add(new Problem(file, line(node), path, "must be a mapping of field: value"));
        return Optional.empty();
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        Node value = values.get(key);
        return value == null ? line() : line(value);
    }

    String file() {
        return file;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reports a problem about one field of this mapping. */
    void problem(String key, String message) {
        problems.add(new Problem(file, line(key), key == null ? path : field(key), message));
    }

    void rejectUnknown(Set<String> allowed) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                problem(key, "unknown field (expected one of " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** The keys of this mapping, in file order. */
    Set<String> keys() {
        return values.keySet();
    }

    boolean has(String key) {
        Node value = values.get(key);
        return value != null && !isNull(value);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isBlank());
    }

    String optionalText(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            return withinLimit(field(key), scalar);
        }
        problem(key, "must be a single value, not a list or mapping");
        return null;
    }

    /** The stripped text of a value, or null (with a problem reported) when it is longer than its field allows. */
    private String withinLimit(String field, ScalarNode scalar) {
        String text = scalar.getValue().strip();
        String complaint = TextLimit.of(field).complaint(text);
        if (complaint != null) {
            problems.add(new Problem(file, line(scalar), field, complaint));
            return null;
        }
        return text;
    }

    String text(String key) {
        if (!has(key)) {
            problem(key, "is required");
            return null;
        }
        return optionalText(key);
    }

    Double optionalNumber(String key) {
        String text = optionalText(key);
        if (text == null) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            problem(key, "'" + text + "' is not a number");
            return null;
        }
    }

    Double number(String key) {
        if (!has(key)) {
            problem(key, "is required");
            return null;
        }
        return optionalNumber(key);
    }

    Long optionalWholeNumber(String key) {
        String text = optionalText(key);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            problem(key, "'" + text + "' is not a whole number");
            return null;
        }
    }

    /** A list of plain values ({@code [a, b]} or a block list); empty when absent. */
    List<String> texts(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problem(key, "must be a list, e.g. [a, b]");
            return List.of();
        }
        List<String> items = new ArrayList<>();
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof ScalarNode scalar && !isNull(scalar)) {
                String text = withinLimit(field(key) + "[" + i + "]", scalar);
                if (text != null) {
                    items.add(text);
                }
            } else {
                problems.add(new Problem(file, line(nodes.get(i)), field(key), "list items must be single values"));
            }
        }
        return items;
    }

    /** A nested mapping, or empty when absent (or reported when not a mapping). */
    Optional<YamlFields> mapping(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        return of(file, field(key), value, problems);
    }

    /** A list of mappings; empty when absent. */
    List<YamlFields> mappings(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problem(key, "must be a list of entries");
            return List.of();
        }
        List<YamlFields> entries = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            of(file, field(key) + "[" + i + "]", items.get(i), problems).ifPresent(entries::add);
        }
        return entries;
    }
}
