package org.pobratim.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.pobratim.atlas.Coded;

/**
 * The OpenAPI 3.1 document of API v1 ({@code /api/v1/openapi.json}): the operations as {@link OpenApiRoutes} declares
 * them, their parameters and answers, and the schemas of the records they write ({@link JsonSchemas}). Every answer
 * may also be a problem (RFC 9457) for a 4xx or 5xx; the tests hold every route to it and every answer they receive
 * against it.
 */
public final class OpenApi {
    public static final String PATH = ApiRoutes.BASE + "/openapi.json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PROBLEM = "application/problem+json";

    private final ObjectNode document = JSON.objectNode();
    private final ObjectNode paths;
    final JsonSchemas schemas = new JsonSchemas();

    private OpenApi() {
        document.put("openapi", "3.1.0");
        document.put("jsonSchemaDialect", "https://spec.openapis.org/oas/3.1/dialect/base");
        ObjectNode info = document.putObject("info");
        info.put("title", "Pobratim API");
        info.put("version", "1");
        info.put("summary", "Twin-city ties: who a city's twins are, since when, of what kind, whether alive, "
                + "and why.");
        info.put("description", "Every read is answered from the atlas snapshot of the moment, with a weak ETag "
                + "(If-None-Match answers 304). Lists are paged with offset and limit. A bad parameter is a 400 "
                + "problem document naming it. Writes need an account: an API token (Authorization: Bearer pbt_...) "
                + "with the scope the operation names. The data are CC BY-SA 4.0 (see the exports' NOTICE).");
        info.putObject("license").put("name", "CC BY-SA 4.0 (the data)")
                .put("identifier", "CC-BY-SA-4.0");
        document.putArray("servers").addObject().put("url", "/");
        paths = document.putObject("paths");
        ObjectNode components = document.putObject("components");
        ObjectNode security = components.putObject("securitySchemes");
        security.putObject("token").put("type", "http").put("scheme", "bearer")
                .put("description", "An API token made on the account page (pbt_...), with its scopes.");
        security.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", "pobratim_session")
                .put("description", "The session of a signed-in user (pages); writes from a page also need its "
                        + "CSRF token.");
    }

    /** The document, as its JSON text (keys in a stable order). */
    public static String text() {
        OpenApi api = new OpenApi();
        OpenApiRoutes.declare(api);
        ObjectNode schemas = ((ObjectNode) api.document.get("components")).putObject("schemas");
        api.schemas.components().forEach(schemas::set);
        schemas.set("Problem", problemSchema());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(api.document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode problemSchema() {
        ObjectNode p = JSON.objectNode().put("type", "object").put("description", "RFC 9457 problem details");
        ObjectNode props = p.putObject("properties");
        props.putObject("type").put("type", "string");
        props.putObject("title").put("type", "string");
        props.putObject("status").put("type", "integer").put("minimum", 400).put("maximum", 599);
        props.putObject("detail").put("type", "string");
        props.putObject("instance").put("type", "string");
        props.putObject("parameter").put("type", "string").put("description", "the parameter or field at fault");
        p.putArray("required").add("type").add("title").add("status").add("detail");
        p.put("additionalProperties", false);
        return p;
    }

    /** An operation being declared. */
    final class Operation {
        private final ObjectNode node;
        private final ObjectNode responses;
        private ArrayNode parameters;

        Operation(String method, String path, String tag, String summary) {
            ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
            if (item.has(method)) {
                throw new IllegalStateException(method + " " + path + " declared twice");
            }
            node = item.putObject(method);
            node.putArray("tags").add(tag);
            node.put("summary", summary);
            node.put("operationId", operationId(method, path));
            responses = node.putObject("responses");
            for (String range : List.of("4XX", "5XX")) {
                responses.putObject(range).put("description", "a problem: what was wrong, and with which parameter")
                        .putObject("content").putObject(PROBLEM).putObject("schema")
                        .put("$ref", "#/components/schemas/Problem");
            }
        }

        Operation describe(String description) {
            node.put("description", description);
            return this;
        }

        private ArrayNode parameters() {
            if (parameters == null) {
                parameters = node.putArray("parameters");
            }
            return parameters;
        }

        Operation pathParam(String name, String description) {
            parameters().addObject().put("name", name).put("in", "path").put("required", true)
                    .put("description", description).putObject("schema").put("type", "string");
            return this;
        }

        Operation query(String name, String description, ObjectNode schema) {
            ObjectNode p = parameters().addObject().put("name", name).put("in", "query")
                    .put("description", description);
            p.set("schema", schema);
            return this;
        }

        Operation text(String name, String description) {
            return query(name, description, JSON.objectNode().put("type", "string"));
        }

        Operation integer(String name, String description, int min, int max) {
            return query(name, description, JSON.objectNode().put("type", "integer").put("minimum", min)
                    .put("maximum", max));
        }

        Operation country(String name, String description) {
            return query(name, description, JSON.objectNode().put("type", "string").put("pattern", "^[A-Za-z]{2}$"));
        }

        <E extends Enum<E> & Coded> Operation coded(String name, String description, Class<E> type) {
            ObjectNode schema = JSON.objectNode().put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (E e : type.getEnumConstants()) {
                values.add(e.code());
            }
            return query(name, description, schema);
        }

        /** An answer of JSON written from this schema. */
        Operation json(int status, String description, ObjectNode schema) {
            ObjectNode response = responses.putObject(Integer.toString(status)).put("description", description);
            response.putObject("content").putObject("application/json").set("schema", schema);
            return this;
        }

        /** A read that answers 304 to a matching If-None-Match. */
        Operation conditional() {
            responses.putObject("304").put("description", "not modified: the ETag sent is the current one");
            return this;
        }

        /** An answer in one of these media types, described but not a JSON record. */
        Operation file(int status, String description, List<String> mediaTypes) {
            ObjectNode content = responses.putObject(Integer.toString(status)).put("description", description)
                    .putObject("content");
            for (String type : mediaTypes) {
                content.putObject(type).putObject("schema").put("type", type.endsWith("json") ? "object" : "string");
            }
            return this;
        }

        /** A request body of JSON with this schema. */
        Operation body(String description, ObjectNode schema, String mediaType) {
            ObjectNode body = node.putObject("requestBody").put("required", true).put("description", description);
            body.putObject("content").putObject(mediaType).set("schema", schema);
            return this;
        }

        /** Needs an account: a token with this scope, or a signed-in session. */
        Operation secured(String scope) {
            ArrayNode security = node.putArray("security");
            security.addObject().putArray("token").add(scope);
            security.addObject().putArray("session");
            return this;
        }
    }

    Operation get(String path, String tag, String summary) {
        return new Operation("get", path, tag, summary);
    }

    Operation post(String path, String tag, String summary) {
        return new Operation("post", path, tag, summary);
    }

    private static String operationId(String method, String path) {
        StringBuilder id = new StringBuilder(method);
        for (String part : path.replace(ApiRoutes.BASE, "").split("[/{}-]+")) {
            if (!part.isEmpty()) {
                id.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
