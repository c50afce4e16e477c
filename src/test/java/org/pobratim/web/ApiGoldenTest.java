package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;

/**
 * API v1's contract held byte for byte: the answers to a fixed set of requests (every endpoint, with its filters and
 * its errors; {@code golden/api/requests.tsv}) over the fixture and the GeoNames sample are the committed golden
 * files. A change of the wire format shows here as a failing request. To record new answers on purpose:
 * {@code ./mvnw test -Dtest=ApiGoldenTest -Dpobratim.golden.update=true}, then review the diff.
 */
class ApiGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/api");
    private static final boolean UPDATE = Boolean.getBoolean("pobratim.golden.update");

    @TempDir
    static Path dir;
    static RunningAtlas atlas;

    @BeforeAll
    static void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), true);
    }

    @AfterAll
    static void stop() {
        atlas.close();
    }

    record Request(String name, String path) {
        @Override
        public String toString() {
            return name + " " + path;
        }
    }

    static List<Request> requests() throws IOException {
        try (Stream<String> lines = Files.lines(GOLDEN.resolve("requests.tsv"))) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .map(cells -> new Request(cells[0], cells[1])).toList();
        }
    }

    /** What is compared: the status, the media type and the body, exactly as sent. */
    static String answer(HttpResponse<String> response) {
        return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("-") + "\n"
                + response.body() + "\n";
    }

    @ParameterizedTest
    @MethodSource("requests")
    void theAnswerIsTheGoldenOne(Request request) throws IOException {
        String actual = answer(atlas.get(request.path()));
        Path golden = GOLDEN.resolve(request.name() + ".txt");
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file for " + request.path()).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
