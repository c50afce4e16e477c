package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;

/**
 * The soak (bench/soak.sh) reads every GET route: each registered route, taken from the server itself, is the
 * route of at least one request of bench/soak-paths.txt, so that a new route left out of the soak fails here.
 */
class SoakPathsTest {
    /**
     * Routes the soak leaves out: a proposal's page needs a proposal, and the soak reads a fresh store that has none
     * (it only reads, so it makes none); CurationTest reads both. The latest release's files need a releases folder,
     * which the soak's server has not; ReleasesPageTest reads them.
     */
    private static final Set<String> LEFT_OUT = Set.of("/{lang}/proposals/{pid}", "/api/v1/proposals/{n}",
            "/releases/latest/{file}");

    @TempDir
    Path dir;

    @Test
    void everyGetRouteIsReadByTheSoak() throws IOException {
        List<String> paths = Files.readAllLines(Path.of("bench/soak-paths.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.startsWith("@") ? l.substring(1) : l).toList();
        assertThat(paths).allSatisfy(p -> assertThat(p).startsWith("/"));
        List<String> routes;
        try (RunningAtlas atlas = new RunningAtlas(dir, TestData.fixture(), false)) {
            routes = atlas.server.unsafe.internalRouter.allHttpHandlers().stream()
                    .map(p -> p.endpoint).filter(e -> e.method == HandlerType.GET).map(e -> e.path)
                    .distinct().toList();
        }
        assertThat(routes).hasSizeGreaterThan(20).containsAll(LEFT_OUT);
        Map<String, String> routeOf = paths.stream().distinct()
                .collect(Collectors.toMap(p -> p, p -> routeOf(p, routes).orElse("(none)")));
        assertThat(routeOf).as("requests that match no route").doesNotContainValue("(none)");
        assertThat(routeOf.values()).as("every GET route but the ones left out is read by the soak")
                .containsAll(routes.stream().filter(r -> !LEFT_OUT.contains(r)).toList());
        assertThat(routeOf.values()).as("a route left out is not read").doesNotContainAnyElementsOf(LEFT_OUT);
    }

    @Test
    void aRequestGoesToTheMostSpecificRouteItMatches() {
        List<String> routes = List.of("/{lang}", "/stats", "/{lang}/stats", "/api/v1/stats", "/{lang}/city/{id}");
        assertThat(routeOf("/stats", routes)).hasValue("/stats");
        assertThat(routeOf("/en/", routes)).hasValue("/{lang}");
        assertThat(routeOf("/sr-Latn/stats?x=1", routes)).hasValue("/{lang}/stats");
        assertThat(routeOf("/en/city/rs-nis", routes)).hasValue("/{lang}/city/{id}");
        assertThat(routeOf("/en/city/rs-nis/history", routes)).isEmpty();
    }

    /** The route a request goes to: of those its path matches, the one with the fewest parameters. */
    private static Optional<String> routeOf(String request, List<String> routes) {
        String path = request.split("\\?", 2)[0];
        String bare = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return routes.stream().filter(r -> pattern(r).matcher(bare).matches())
                .min(Comparator.comparingLong(r -> r.chars().filter(c -> c == '{').count()));
    }

    private static Pattern pattern(String route) {
        StringBuilder regex = new StringBuilder();
        for (String part : route.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
