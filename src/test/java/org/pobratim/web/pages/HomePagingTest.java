package org.pobratim.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.web.RunningAtlas;

/**
 * The home page's table in pages of {@link HomeModel#PAGE}, on the fixture with 70 more ties of Kikinda (82 in all):
 * the map (its data fetched from {@code /<lang>/map.json}) and the counts show every tie, the table one page, the pager's links keep the filters, and a page that
 * does not exist is a 400 naming the parameter.
 */
class HomePagingTest {
    private static final int EXTRA = 70;

    @TempDir
    static Path dir;
    static RunningAtlas atlas;

    @BeforeAll
    static void start() throws IOException {
        Path data = TestData.copyOfFixture(dir.resolve("data"));
        StringBuilder cities = new StringBuilder();
        StringBuilder ties = new StringBuilder("city: rs-kikinda\nties:\n");
        for (int i = 0; i < EXTRA; i++) {
            cities.append("- id: jp-town").append(i).append("\n  names:\n    en: \"Town ").append(i)
                    .append("\"\n  country: JP\n  lat: 35.").append(i).append("\n  lon: 139.").append(i).append('\n');
            ties.append("  - partner: jp-town").append(i).append("\n    agreements:\n      - kind: ")
                    .append(i % 2 == 0 ? "twinning" : "friendship")
                    .append("\n        date: 2001\n        sources: [fixture-list]\n");
        }
        Files.writeString(data.resolve("cities/more.yaml"), cities);
        Files.writeString(data.resolve("ties/rs-kikinda-more.yaml"), ties);
        atlas = new RunningAtlas(dir.resolve("db"), data, false);
    }

    @AfterAll
    static void stop() {
        atlas.close();
    }

    private static int rows(String page) {
        Matcher m = Pattern.compile("class=\"tie-link\"").matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String page(String path) {
        HttpResponse<String> answer = atlas.get(path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void theTableIsPagedWhileTheMapAndTheCountsShowEveryTie() {
        int all = atlas.snapshot().atlas().findTies(new org.pobratim.atlas.TieQuery(null, "RS", null, null, null,
                null, null, null), 0, Integer.MAX_VALUE).items().size();
        assertThat(all).isGreaterThan(HomeModel.PAGE);
        String first = page("/en/");
        assertThat(rows(first)).isEqualTo(HomeModel.PAGE);
        assertThat(first).contains("Ties 1–" + HomeModel.PAGE + " of " + all).contains("href=\"/en/?page=2\"")
                .doesNotContain("rel=\"prev\"").contains(all + " ties of");
        String second = page("/en/?page=2");
        assertThat(rows(second)).isEqualTo(all - HomeModel.PAGE);
        assertThat(second).contains("Ties " + (HomeModel.PAGE + 1) + "–" + all + " of " + all)
                .contains("rel=\"prev\" href=\"/en/\"").doesNotContain("rel=\"next\"");
        // the map's data is fetched apart, the same for both pages: every tie
        assertThat(mapSrc(first)).isEqualTo("/en/map.json").isEqualTo(mapSrc(second));
        assertThat(mapTies(mapSrc(first))).isEqualTo(all);
        assertThat(first).doesNotContain("id=\"map-data\"");
    }

    @Test
    void thePagersLinksKeepTheFilters() {
        String decade = page("/sr-Latn/?decade=2000");
        assertThat(rows(decade)).isEqualTo(HomeModel.PAGE);
        assertThat(decade).contains("href=\"/sr-Latn/?decade=2000&amp;page=2\"");
        String next = page("/sr-Latn/?decade=2000&page=2");
        assertThat(next).contains("rel=\"prev\" href=\"/sr-Latn/?decade=2000\"");
        int inDecade = atlas.snapshot().atlas().findTies(new org.pobratim.atlas.TieQuery(null, "RS", null, null, null,
                null, 2000, 2009), 0, Integer.MAX_VALUE).items().size();
        assertThat(rows(decade) + rows(next)).isEqualTo(inDecade);
        assertThat(mapSrc(decade)).isEqualTo("/sr-Latn/map.json?decade=2000").isEqualTo(mapSrc(next));
        assertThat(mapTies(mapSrc(decade))).isEqualTo(inDecade);
        String friendship = page("/en/?kind=friendship");
        assertThat(rows(friendship)).isLessThan(HomeModel.PAGE);
        assertThat(friendship).as("fewer than a page: no pager").doesNotContain("class=\"pager\"");
    }

    @Test
    void aPageThatDoesNotExistIsA400NamingTheParameter() {
        for (String bad : new String[] {"/en/?page=3", "/en/?page=0", "/en/?page=two", "/en/?page=-1",
            "/en/?page=99999999999"}) {
            HttpResponse<String> answer = atlas.get(bad);
            assertThat(answer.statusCode()).as(bad).isEqualTo(400);
            assertThat(answer.body()).as(bad).contains("page");
        }
    }

    @Test
    void aBadFilterOfTheMapsDataIsA400NamingTheParameter() {
        HttpResponse<String> answer = atlas.get("/en/map.json?kind=marriage");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("kind").contains("marriage");
    }

    /** Where the page's map fetches its data from. */
    private static String mapSrc(String page) {
        Matcher m = Pattern.compile("<div class=\"map[^>]* data-src=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the map's data-src").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    /** How many ties the map data at {@code src} draws. */
    private static int mapTies(String src) {
        HttpResponse<String> answer = atlas.get(src);
        assertThat(answer.statusCode()).as(src).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).get("ties").size();
        } catch (IOException e) {
            throw new AssertionError(src + ": " + answer.body(), e);
        }
    }
}
