package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;

/**
 * The OpenAPI document against the server: every API route registered is described, and nothing else; every
 * reference resolves; and the check that holds every answer to it (OpenApiCheck) does refuse what does not hold.
 */
class OpenApiTest {
    @TempDir
    static Path dir;
    static RunningAtlas atlas;
    static OpenApiCheck check;

    @BeforeAll
    static void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), false);
        check = OpenApiCheck.of(atlas);
    }

    @AfterAll
    static void stop() {
        atlas.close();
    }

    @Test
    void everyApiRouteTheServerRegistersIsDescribedAndNothingElse() {
        Set<String> registered = new TreeSet<>();
        atlas.server.unsafe.internalRouter.allHttpHandlers().stream().map(h -> h.endpoint)
                .filter(e -> e.path.startsWith("/api/") && e.method != HandlerType.HEAD)
                .forEach(e -> registered.add(e.method.name().toLowerCase() + " " + e.path));
        Set<String> described = new TreeSet<>();
        check.document().path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method + " " + path.getKey())));
        assertThat(registered).hasSizeGreaterThan(35);
        assertThat(described).isEqualTo(registered);
    }

    @Test
    void theDocumentIsOpenApi31AndEveryReferenceResolves() {
        JsonNode doc = check.document();
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).hasSizeGreaterThan(40).allSatisfy(ref -> {
            assertThat(ref).startsWith("#/components/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
        Set<String> ids = new HashSet<>();
        doc.path("paths").forEach(item -> item.forEach(op -> {
            assertThat(ids.add(op.path("operationId").asText())).as(op.path("operationId").asText()).isTrue();
            assertThat(op.path("responses").size()).isGreaterThan(2);
        }));
        JsonNode tie = doc.at("/components/schemas/TieDetail");
        assertThat(tie.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(doc.at("/paths/~1api~1v1~1ties/get/parameters").findValuesAsText("name"))
                .contains("city", "partnerCountry", "tier", "offset", "limit");
    }

    @Test
    void theCheckRefusesAnAnswerThatDoesNotHold() {
        String health = atlas.get("/api/v1/health").body();
        assertThat(check.problems("GET", "/api/v1/health", 200, "application/json", health)).isEmpty();
        assertThat(check.problems("GET", "/api/v1/health", 200, "application/json",
                health.replace("\"ties\":", "\"tiez\":"))).isNotEmpty();
        assertThat(check.problems("GET", "/api/v1/health", 200, "application/json", "{\"status\":\"ok\"}"))
                .as("required numbers missing").isNotEmpty();
        assertThat(check.problems("GET", "/api/v1/health", 200, "text/html", "<p>")).isNotEmpty();
        assertThat(check.problems("GET", "/api/v1/healthz", 200, "application/json", "{}")).isNotEmpty();
        assertThat(check.problems("DELETE", "/api/v1/ties", 200, "application/json", "{}")).isNotEmpty();
        assertThat(check.problems("GET", "/api/v1/ties", 201, "application/json", "{}")).isNotEmpty();
        assertThat(check.problems("GET", "/api/v1/ties", 400, "application/problem+json", "{\"title\":\"x\"}"))
                .as("a problem without status and detail").isNotEmpty();
        assertThat(check.template("/api/v1/ties/a--b/history")).hasValue("/api/v1/ties/{id}/history");
        assertThat(check.template("/api/v1/ties/proposals")).hasValue("/api/v1/ties/proposals");
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
