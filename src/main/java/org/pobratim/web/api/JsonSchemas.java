package org.pobratim.web.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 takes them) of the records the API writes, made from the records themselves,
 * so that the description cannot drift from the code: a component per record, named by the record (its enclosing
 * class's name before it when two share a name), its properties as Jackson writes them (renamed by
 * {@code @JsonProperty}, an array for {@code @JsonFormat(shape = ARRAY)}), no other property allowed.
 *
 * <p>The API leaves out nulls ({@link org.pobratim.web.JsonResponses}), so a property is required only when it
 * cannot be null: a number or a boolean (a view may leave out a list or a map it has nothing for).
 */
final class JsonSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final Map<String, String> nameOf = new HashMap<>();

    /** The components made so far, by name. */
    Map<String, ObjectNode> components() {
        return components;
    }

    /** A reference to the schema of a record, made (with those of the records it holds) on first use. */
    ObjectNode ref(Class<?> record) {
        return refTo(name(record), record, Map.of());
    }

    /** A reference to a generic record's schema with its one type parameter given, e.g. a page of cities. */
    ObjectNode ref(Class<?> record, Class<?> parameter) {
        TypeVariable<?>[] variables = record.getTypeParameters();
        if (variables.length != 1) {
            throw new IllegalArgumentException(record + " does not take one type parameter");
        }
        Map<String, Type> bound = Map.of(variables[0].getName(), parameter);
        return refTo(record.getSimpleName() + "Of" + name(parameter), record, bound);
    }

    private ObjectNode refTo(String name, Class<?> record, Map<String, Type> bound) {
        if (!components.containsKey(name)) {
            components.put(name, JSON.objectNode()); // placeholder: a record may hold itself
            components.put(name, recordSchema(record, bound));
        }
        return JSON.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    private String name(Class<?> type) {
        String simple = type.getSimpleName();
        String taken = nameOf.get(simple);
        if (taken == null) {
            nameOf.put(simple, type.getName());
            return simple;
        }
        if (taken.equals(type.getName())) {
            return simple;
        }
        return type.getEnclosingClass() == null ? type.getName().replace('.', '_')
                : type.getEnclosingClass().getSimpleName() + simple;
    }

    private ObjectNode recordSchema(Class<?> record, Map<String, Type> bound) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record + " is not a record");
        }
        List<RecordComponent> fields = ordered(record);
        JsonFormat format = record.getAnnotation(JsonFormat.class);
        if (format != null && format.shape() == JsonFormat.Shape.ARRAY) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            ArrayNode prefix = array.putArray("prefixItems");
            for (RecordComponent c : fields) {
                prefix.add(withDescription(schema(c.getGenericType(), bound), c.getName()));
            }
            array.put("items", false).put("minItems", fields.size());
            return array;
        }
        ObjectNode object = JSON.objectNode().put("type", "object");
        ObjectNode properties = object.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent c : fields) {
            JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
            if (renamed == null) {
                renamed = fieldAnnotation(record, c);
            }
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName();
            properties.set(name, schema(c.getGenericType(), bound));
            if (neverNull(c.getType())) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            object.set("required", required);
        }
        object.put("additionalProperties", false);
        return object;
    }

    private static JsonProperty fieldAnnotation(Class<?> record, RecordComponent c) {
        try {
            return record.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The components in the order Jackson writes them: {@code @JsonPropertyOrder} first, then record order. */
    private static List<RecordComponent> ordered(Class<?> record) {
        List<RecordComponent> fields = new ArrayList<>(Arrays.asList(record.getRecordComponents()));
        JsonPropertyOrder order = record.getAnnotation(JsonPropertyOrder.class);
        if (order != null) {
            List<String> names = List.of(order.value());
            fields.sort((a, b) -> Integer.compare(rank(names, a.getName()), rank(names, b.getName())));
        }
        return fields;
    }

    private static int rank(List<String> names, String name) {
        int i = names.indexOf(name);
        return i < 0 ? names.size() : i;
    }

    private static boolean neverNull(Class<?> type) {
        return type.isPrimitive();
    }

    private static ObjectNode withDescription(ObjectNode schema, String description) {
        return schema.put("description", description);
    }

    private ObjectNode schema(Type type, Map<String, Type> bound) {
        if (type instanceof TypeVariable<?> variable) {
            Type actual = bound.get(variable.getName());
            if (actual == null) {
                throw new IllegalArgumentException("type parameter " + variable + " not given");
            }
            return schema(actual, Map.of());
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", schema(args[0], bound));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = JSON.objectNode().put("type", "object");
                map.set("additionalProperties", schema(args[1], bound));
                return map;
            }
            throw new IllegalArgumentException("no schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (c == Object.class || c == JsonNode.class) {
            return JSON.objectNode().put("description", "any JSON value");
        }
        if (c.isRecord()) {
            return ref(c);
        }
        throw new IllegalArgumentException("no schema for " + c + " (a record, a string, a number, a boolean, a "
                + "list or a map)");
    }
}
