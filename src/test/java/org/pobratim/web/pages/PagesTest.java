package org.pobratim.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.web.RunningAtlas;

/** The HTML pages over real HTTP, against the fixture: content, languages, errors, no outside requests. */
class PagesTest {
    @TempDir
    static Path dir;
    static RunningAtlas atlas;

    @BeforeAll
    static void start() {
        atlas = new RunningAtlas(dir, TestData.fixture(), false);
    }

    @AfterAll
    static void stop() {
        atlas.close();
    }

    private static String page(String path) {
        HttpResponse<String> response = atlas.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        return response.body();
    }

    private static int count(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theCityPageShowsBothScriptsTheFamilyTheTimelineAndTheCousins() {
        String sabac = page("/en/city/rs-sabac");
        assertThat(sabac).contains("<h1>Šabac</h1>").contains("Шабац").contains("<title>Šabac: twin cities");
        for (String partner : List.of("/en/city/jp-fujimi", "/en/city/rs-kikinda", "/en/city/gr-argostoli")) {
            assertThat(sabac).contains("href=\"" + partner + "\"");
        }
        assertThat(sabac).contains("href=\"/en/tie/jp-fujimi--rs-sabac\"");
        assertThat(sabac).contains("<svg").contains("When the ties began");
        assertThat(sabac).contains("Cousins").contains("id=\"map-data\"");
        assertThat(sabac).containsPattern("<meta name=\"description\" content=\"Šabac \\(Serbia\\) has 3 recorded ties");
        // Kikinda shares Fujimi with Šabac
        assertThat(sabac).contains("<li><a href=\"/en/city/rs-kikinda\">Kikinda</a> (<a href=\"/en/country/rs\">Serbia</a>)"
                + " — shared: Fujimi</li>");
    }

    @Test
    void aForeignCityGetsNoInventedSerbianNameButItsSerbianExonymInBothScripts() {
        String argostoli = page("/sr-Cyrl/city/gr-argostoli");
        assertThat(argostoli).contains("<h1>Argostoli</h1>").doesNotContain("<dt>sr-Cyrl</dt>")
                .doesNotContain("Аргостоли").contains("<dd lang=\"el\">Αργοστόλι</dd>");
        // a curated Serbian exonym is used, and written in Cyrillic on Cyrillic pages
        assertThat(page("/sr-Cyrl/city/jp-fujimi")).contains("<h1>Фуђими</h1>");
        String coventry = page("/en/city/gb-coventry");
        assertThat(coventry).contains("<dt>sr-Latn</dt><dd lang=\"sr-Latn\">Koventri</dd>")
                .contains("<dt>sr-Cyrl</dt><dd lang=\"sr-Cyrl\">Ковентри</dd>");
    }

    @Test
    void theSameCityInCyrillicAndLatinSerbian() {
        String cyrillic = page("/sr-Cyrl/city/rs-sabac");
        assertThat(cyrillic).contains("<html lang=\"sr-Cyrl\">").contains("<h1>Шабац</h1>")
                .contains("Градови побратими и партнери").contains("Србија");
        assertThat(cyrillic).contains("href=\"/sr-Cyrl/city/jp-fujimi\"");
        String latin = page("/sr-Latn/city/rs-sabac");
        assertThat(latin).contains("<h1>Šabac</h1>").contains("Gradovi pobratimi i partneri").contains("Srbija");
        // the switch keeps the page: each language links to the same city
        for (String tag : List.of("en", "sr-Latn", "sr-Cyrl")) {
            assertThat(latin).contains("href=\"/" + tag + "/city/rs-sabac\" hreflang=\"" + tag + "\"");
        }
    }

    @Test
    void theHomeMapFollowsItsFilters() {
        String all = page("/en/");
        String friendship = page("/en/?kind=friendship");
        int allRows = count(all, "class=\"tie-link\"");
        int friendshipRows = count(friendship, "class=\"tie-link\"");
        assertThat(friendshipRows).isPositive().isLessThan(allRows);
        assertThat(friendship).contains("<option value=\"friendship\" selected>");
        assertThat(friendship).containsPattern("class=\"counts\"[^>]*>" + friendshipRows + " ties of ");
        assertThat(all).containsPattern("class=\"counts\"[^>]*>" + allRows + " ties of ");
        String greece = page("/en/?country=GR&decade=2000");
        assertThat(count(greece, "class=\"tie-link\"")).isPositive().isLessThan(allRows);
        assertThat(all).contains("Featured story");
    }

    @Test
    void theTiePageTellsTheStoryWithSourcesAndDistance() {
        String tie = page("/en/tie/no-narvik--rs-kikinda");
        assertThat(tie).contains("Kikinda").contains("Narvik").contains("km apart");
        assertThat(tie).contains("What the sources say").contains("class=\"sources\"");
        assertThat(page("/en/tie/rs-kikinda--no-narvik")).contains("km apart"); // either order
        String salt = page("/en/tie/jo-al-salt--rs-indjija");
        assertThat(salt).contains("is not known");
    }

    @Test
    void countryStoriesStatisticsAndSearchPages() {
        String greece = page("/en/country/gr");
        assertThat(greece).contains("Serbian cities with partners in Greece").contains("href=\"/en/city/rs-sabac\"");
        String stories = page("/en/stories");
        assertThat(stories).contains("The inexplicable").contains("Inđija").contains("Why they are twins");
        String stats = page("/sr-Latn/stats");
        assertThat(count(stats, "<svg")).as("decade, country, kind, reason, liveness, explanation").isEqualTo(6);
        assertThat(stats).contains("Najstarija veza").contains("1957").contains("Veze po tome da li su žive")
                .contains("postoji samo formalno").contains("nije dokaz da je nema");
        String search = page("/en/search?q=Sabac");
        assertThat(search).contains("href=\"/en/city/rs-sabac\"");
        assertThat(page("/sr-Cyrl/search?q=%D0%A8%D0%B0%D0%B1%D0%B0%D1%86")).contains("href=\"/sr-Cyrl/city/rs-sabac\"");
    }

    @Test
    void aTiePageShowsWhyTheyAreTwinsWithEachContributionAndWhetherTheTieIsAlive() {
        String narvik = page("/en/tie/no-narvik--rs-kikinda");
        assertThat(narvik).contains("Why are they twins?").contains("Explicability: 86 of 100")
                .contains("a source gives the reason").contains("Documented reason")
                .contains("Citizens of the town died in wartime camps").contains("+85")
                .contains("2,520 km apart").contains("href=\"#src-fixture-news\"");
        assertThat(narvik).contains("dormant").contains("The last recorded sign of life is from 2018-05, more than five years ago")
                .contains("No recorded activity is not proof of none.");
        String fujimi = page("/sr-Latn/tie/jp-fujimi--rs-kikinda");
        assertThat(fujimi).contains("Zašto su pobratimi?").contains("Udaljenost").contains("samo na papiru");
        assertThat(page("/en/tie/jp-fujimi--rs-sabac")).as("a trait the source states")
                .contains("Shared trait (sourced)").contains("A source says the two towns share this: industry.");
    }

    @Test
    void theStoriesRankTiesByExplicabilityAndTheHomeMapFiltersByLivenessAndExplanation() {
        String stories = page("/en/stories");
        assertThat(stories).contains("Least explained").contains("Best explained")
                .contains("href=\"/en/tie/no-narvik--rs-kikinda\"");
        int all = count(page("/en/"), "class=\"tie-link\"");
        int paper = count(page("/en/?liveness=paper-only"), "class=\"tie-link\"");
        int documented = count(page("/en/?explained=documented"), "class=\"tie-link\"");
        assertThat(paper).isEqualTo(5).isLessThan(all);
        assertThat(documented).isEqualTo(4);
        assertThat(page("/en/?liveness=dormant&explained=documented")).contains("no-narvik--rs-kikinda");
        HttpResponse<String> bad = atlas.get("/en/?liveness=zombie");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("liveness").contains("zombie").contains("living | dormant");
    }

    @Test
    void theNetworkPageHasItsFiguresItsCommunitiesOnTheMapAndTheCountries() {
        String network = page("/en/network");
        assertThat(network).contains("The twin network").contains("Cities by number of ties").contains("<svg")
                .contains("href=\"/en/city/rs-kikinda\"").contains("href=\"/en/path\"");
        assertThat(network).contains("Communities").contains("id=\"map-data\"").contains("\"palette\":[\"#0072b2\"")
                .contains("<ol class=\"communities\">").contains("fill=\"#0072b2\"");
        assertThat(network).contains("Between countries").contains("Most tied pairs of countries")
                .contains("href=\"/en/country/jp\"");
        assertThat(page("/sr-Latn/network")).contains("Zajednice").contains("Između država");
    }

    @Test
    void thePathFinderFindsTheShortestChainByNameWithEachStepsTie() {
        String path = page("/en/path?from=Narvik&to=Argostoli");
        assertThat(path).contains("Narvik and Argostoli are 3 tie(s) apart; 1 shortest chain(s)")
                .contains("<ol class=\"chain\">").contains("class=\"chain-tie\" href=\"/en/tie/no-narvik--rs-kikinda\"");
        assertThat(path.indexOf("/en/city/rs-kikinda")).isLessThan(path.indexOf("/en/city/gr-argostoli"));
        assertThat(page("/en/path?from=Coventry&to=Fujimi")).contains("No chain of ties joins Coventry and Fujimi.");
        assertThat(page("/en/path?from=Fujimi&to=jp-fujimi")).contains("That is Fujimi twice");
        assertThat(page("/sr-Latn/path?from=%3Cscript%3E&to=Fujimi")).contains("value=\"&lt;script")
                .contains("„&lt;script&gt;“").doesNotContain("„<script>");
        assertThat(page("/sr-Latn/path")).contains("Šest koraka bratimljenja").doesNotContain("class=\"path-summary\"");
    }

    @Test
    void aUnitsPageShowsItsCensusAsTheSourceGivesIt() {
        assertThat(page("/en/city/rs-kikinda")).contains("Census 2022")
                .contains("Serbs 77.0 %, Hungarians 11.2 %, Roma 3.6 %").contains("[fixture-census]");
    }

    @Test
    void badAndUnknownAddressesGetAPageThatSaysWhy() {
        HttpResponse<String> unknownCity = atlas.get("/en/city/rs-atlantis");
        assertThat(unknownCity.statusCode()).isEqualTo(404);
        assertThat(unknownCity.body()).contains("Not found").contains("/en/city/rs-atlantis");
        HttpResponse<String> badKind = atlas.get("/en/?kind=marriage");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("kind").contains("marriage").contains("twinning | friendship");
        assertThat(atlas.get("/en/?decade=1965").statusCode()).isEqualTo(400);
        HttpResponse<String> badSearch = atlas.get("/en/search?q=%3F%21");
        assertThat(badSearch.statusCode()).isEqualTo(400);
        assertThat(badSearch.body()).contains("role=\"alert\"");
        assertThat(atlas.get("/en/search?q=" + "x".repeat(10_000)).statusCode()).isLessThan(500);
        assertThat(atlas.get("/xx/stats").statusCode()).isEqualTo(404);
        assertThat(atlas.get("/api/v1/nothing").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
    }

    @Test
    void pathsWithoutALanguageRedirectKeepingTheQuery() {
        HttpResponse<String> city = atlas.get("/city/rs-kikinda", "Accept-Language", "sr-Cyrl");
        assertThat(city.statusCode()).isEqualTo(302);
        assertThat(city.headers().firstValue("Location").orElseThrow()).endsWith("/sr-Cyrl/city/rs-kikinda");
        assertThat(atlas.get("/search?q=Nis").headers().firstValue("Location").orElseThrow())
                .endsWith("/en/search?q=Nis");
        assertThat(atlas.get("/sr-cyrl/stats").headers().firstValue("Location").orElseThrow())
                .endsWith("/sr-Cyrl/stats");
    }

    @Test
    void noPageReferencesAnythingOutsideTheServer() {
        for (String path : List.of("/en/", "/sr-Cyrl/city/rs-kikinda", "/en/tie/gb-coventry--rs-zemun",
                "/en/country/ru", "/en/stories", "/en/stats")) {
            HttpResponse<String> response = atlas.get(path);
            String body = response.body();
            // every script, stylesheet and image comes from this server
            assertThat(body).as(path).doesNotContainPattern("<(script|link|img)[^>]+(src|href)=\"(https?:)?//");
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'").contains("img-src 'self' data:;");
            assertThat(body).as(path).contains("<title>").contains("<meta name=\"description\"")
                    .contains("<label for=\"q\">");
        }
        assertThat(atlas.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
        assertThat(atlas.get("/static/map.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theDownloadsPageLinksEveryFormatInEachLanguageAndEveryLinkIsTheFile() {
        for (String lang : List.of("en", "sr-Latn", "sr-Cyrl")) {
            String page = page("/" + lang + "/downloads");
            for (org.pobratim.export.ExportFormat f : org.pobratim.export.ExportFormat.values()) {
                assertThat(page).as(lang + " " + f.code())
                        .contains("href=\"/api/v1/export/" + f.code() + "\" download=\"" + f.fileName() + "\"");
            }
            assertThat(page).contains("href=\"/api/v1/openapi.json\"").contains("href=\"/api/docs\"")
                    .contains("pobratim release DIR");
            assertThat(page).as("no releases folder, no release").doesNotContain("/releases/");
        }
        assertThat(page("/sr-Cyrl/downloads")).contains("Преузимања").contains("Gephi").contains("QGIS")
                .doesNotContain("Гепхи");
        assertThat(page("/sr-Latn/downloads")).contains("Preuzimanja").contains("Vikipodacima");
        String english = page("/en/downloads");
        Matcher links = Pattern.compile("href=\"(/api/v1/export/[^\"]+)\"").matcher(english);
        int answered = 0;
        while (links.find()) {
            String href = links.group(1).replace("&amp;", "&");
            int status = atlas.get(href).statusCode();
            assertThat(status).as(href).isIn(200, 409); // 409: the fixture holds no Wikidata statements
            answered++;
        }
        assertThat(answered).as("every format, and the filtered example").isEqualTo(
                org.pobratim.export.ExportFormat.values().length + 1);
    }

    @Test
    void pagesAndLibrariesAreSentCompressed() {
        HttpResponse<String> home = atlas.get("/en/", "Accept-Encoding", "gzip");
        assertThat(home.headers().firstValue("Content-Encoding")).contains("gzip");
        HttpResponse<String> shapes = atlas.get("/shapes/countries.geojson", "Accept-Encoding", "gzip");
        assertThat(shapes.headers().firstValue("Content-Encoding")).contains("gzip");
    }
}
