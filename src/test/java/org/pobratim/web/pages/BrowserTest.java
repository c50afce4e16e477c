package org.pobratim.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pobratim.atlas.Coordinates;
import org.pobratim.web.RunningAtlas;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs): the map
 * draws, filters, search with autocomplete, a tie, the Cyrillic switch, the world view, keyboard and phone-sized
 * use, and no console errors. Chromium is told that every host but this machine does not exist, so a request leaving the
 * machine would show as a console error. Screenshots go to target/screenshots (test output, not committed).
 */
class BrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static RunningAtlas atlas;
    static WebDriver browser;
    static WebDriverWait wait;
    static final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start();
        atlas = new RunningAtlas(dir.resolve("db"), fixtureWithAMarkupName(dir.resolve("data")), false);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Files.createDirectories(SCREENSHOTS);
    }

    /** A name that is markup: a page must show it as text, never build it. */
    static final String MARKUP_NAME = "Reykjavík <img src=x onerror=\"document.title='pwned'\">";

    /** The fixture, plus a city whose name is markup, tied to Kikinda. */
    private static Path fixtureWithAMarkupName(Path data) throws IOException {
        org.pobratim.TestData.copyOfFixture(data);
        Files.writeString(data.resolve("cities/is.yaml"), """
                - id: is-reykjavik
                  names:
                    en: '%s'
                  country: IS
                  lat: 64.13548
                  lon: -21.89541
                """.formatted(MARKUP_NAME.replace("'", "''")));
        Files.writeString(data.resolve("ties/is-reykjavik.yaml"), """
                city: is-reykjavik
                ties:
                  - partner: rs-kikinda
                    agreements: [{kind: friendship, date: 2001, sources: [fixture-list]}]
                """);
        return data;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (atlas != null) {
            atlas.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + atlas.server.port() + path;
    }

    private static void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console messages of level SEVERE since the last call, as text. */
    private static List<String> severeConsoleMessages() {
        List<String> severe = Chromium.severeMessages(browser);
        consoleErrors.addAll(severe);
        return severe;
    }

    private static int mapAttribute(String name) {
        wait.until(d -> d.findElement(By.id("map")).getAttribute(name) != null);
        return Integer.parseInt(browser.findElement(By.id("map")).getAttribute(name));
    }

    @Test
    void aVisitorFiltersTheMapFindsSabacOpensATieAndReadsItInCyrillic() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/en/"));
        int allArcs = mapAttribute("data-arcs");
        assertThat(allArcs).isEqualTo(atlas.snapshot().atlas().ties().size());
        assertThat(mapAttribute("data-shapes")).isGreaterThan(150); // the bundled country shapes were drawn
        // an arc per tie and a point per city
        assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive")).size())
                .isEqualTo(allArcs + atlas.snapshot().atlas().cities().size());
        String allCounts = browser.findElement(By.id("counts")).getText();
        screenshot("01-home");
        assertThat(severeConsoleMessages()).as("console errors on the home page").isEmpty();

        new Select(browser.findElement(By.id("f-kind"))).selectByValue("friendship");
        browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("kind=friendship"));
        int friendshipArcs = mapAttribute("data-arcs");
        assertThat(friendshipArcs).isPositive().isLessThan(allArcs);
        assertThat(browser.findElement(By.id("counts")).getText()).isNotEqualTo(allCounts)
                .startsWith(friendshipArcs + " ties");
        screenshot("02-home-filtered");

        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("Sabac");
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#q-suggestions li[role=option]")));
        assertThat(first.getText()).startsWith("Šabac");
        screenshot("03-autocomplete");
        search.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(url("/en/city/rs-sabac")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Šabac");
        assertThat(browser.getTitle()).startsWith("Šabac");
        assertThat(mapAttribute("data-arcs")).isEqualTo(atlas.snapshot().atlas().tiesOf("rs-sabac").size());
        screenshot("04-city-sabac");
        assertThat(severeConsoleMessages()).as("console errors on Šabac's page").isEmpty();

        browser.findElement(By.cssSelector("a.tie-link")).click();
        wait.until(ExpectedConditions.urlContains("/en/tie/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Šabac");
        assertThat(browser.getPageSource()).contains("km apart");
        screenshot("05-tie");

        browser.findElement(By.cssSelector(".languages a[hreflang=sr-Cyrl]")).click();
        wait.until(ExpectedConditions.urlContains("/sr-Cyrl/tie/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Шабац");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sr-Cyrl");
        screenshot("06-tie-cyrillic");
        assertThat(severeConsoleMessages()).as("console errors on the tie pages").isEmpty();
    }

    @Test
    void aTiePageExplainsItselfAndTheMapFiltersTiesThatExistOnlyOnPaper() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/en/tie/no-narvik--rs-kikinda"));
        WebElement panel = browser.findElement(By.cssSelector("section.explain"));
        assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("Why are they twins?");
        List<WebElement> rows = panel.findElements(By.cssSelector("table.features tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        int sum = rows.stream().mapToInt(r -> Integer.parseInt(r.findElement(By.cssSelector("td.num")).getText()
                .replace("+", ""))).sum();
        assertThat(panel.findElement(By.cssSelector(".score")).getText()).isEqualTo("Explicability: " + sum + " of 100");
        assertThat(browser.findElement(By.cssSelector("dd.liveness")).getText()).contains("dormant")
                .contains("No recorded activity is not proof of none.");
        screenshot("08-tie-explained");
        assertThat(severeConsoleMessages()).as("console errors on a tie page").isEmpty();

        browser.get(url("/en/"));
        int allArcs = mapAttribute("data-arcs");
        new Select(browser.findElement(By.id("f-liveness"))).selectByValue("paper-only");
        browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("liveness=paper-only"));
        int paperArcs = mapAttribute("data-arcs");
        assertThat(paperArcs).isPositive().isLessThan(allArcs);
        assertThat(browser.findElements(By.cssSelector("a.tie-link"))).hasSize(paperArcs);
    }

    @Test
    void theNetworkPageColoursItsCommunitiesAndThePathFinderLeadsFromTieToTie() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/en/network"));
        int arcs = mapAttribute("data-arcs");
        int cities = mapAttribute("data-cities");
        assertThat(arcs).isEqualTo(atlas.snapshot().atlas().ties().size());
        assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive"))).hasSize(arcs + cities);
        // each listed community's colour is on the map, on its cities and the ties inside it
        List<String> legend = browser.findElements(By.cssSelector("ol.communities rect")).stream()
                .map(r -> r.getAttribute("fill")).toList();
        assertThat(legend).isNotEmpty();
        List<String> drawn = browser.findElements(By.cssSelector("#map path.leaflet-interactive")).stream()
                .map(p -> p.getAttribute("fill").equals("none") ? p.getAttribute("stroke") : p.getAttribute("fill"))
                .distinct().toList();
        assertThat(drawn).containsAll(legend);
        screenshot("11-network-communities");
        assertThat(severeConsoleMessages()).as("console errors on the network page").isEmpty();

        browser.findElement(By.cssSelector("a.to-path")).click();
        wait.until(ExpectedConditions.urlContains("/en/path"));
        browser.findElement(By.id("path-from")).sendKeys("Narvik");
        browser.findElement(By.id("path-to")).sendKeys("Argostoli");
        browser.findElement(By.cssSelector("form.path button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".path-summary")));
        List<WebElement> steps = browser.findElements(By.cssSelector("ol.chain li"));
        assertThat(steps).hasSize(4);
        assertThat(steps.get(0).getText()).startsWith("Narvik");
        steps.get(1).findElement(By.cssSelector("a.chain-tie")).click();
        wait.until(ExpectedConditions.urlContains("/en/tie/no-narvik--rs-kikinda"));
        screenshot("12-path-to-tie");
        assertThat(severeConsoleMessages()).as("console errors on the path finder").isEmpty();
    }

    private static void logIn(String name) {
        browser.get(url("/en/login"));
        browser.findElement(By.id("login-name")).sendKeys(name);
        browser.findElement(By.id("login-password")).sendKeys("correct horse battery");
        browser.findElement(By.cssSelector("form.login button")).click();
        wait.until(ExpectedConditions.urlToBe(url("/en/account")));
    }

    private static void logOut() {
        browser.get(url("/en/account"));
        browser.findElement(By.cssSelector("form[action='/en/logout'] button")).click();
        wait.until(ExpectedConditions.urlToBe(url("/en/")));
    }

    @Test
    void aContributorProposesAYearAReviewerAcceptsItItIsOnTheTiePageAndTheChangelogAndIsReverted() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        String tie = "gb-coventry--rs-zemun";
        atlas.app.accounts().create("carla", org.pobratim.account.Role.CONTRIBUTOR, "correct horse battery", "test");
        atlas.app.accounts().create("rade", org.pobratim.account.Role.REVIEWER, "correct horse battery", "test");
        try {
            logIn("carla");
            browser.get(url("/en/tie/" + tie));
            browser.findElement(By.cssSelector(".tie-actions a[href$='/edit']")).click();
            wait.until(ExpectedConditions.urlContains("/edit"));
            WebElement date = browser.findElement(By.id("date-0"));
            assertThat(date.getAttribute("value")).isEqualTo("1957");
            date.clear();
            date.sendKeys("1958");
            browser.findElement(By.id("note")).sendKeys("the council's minutes say 1958");
            screenshot("13-propose");
            browser.findElement(By.cssSelector("form.edit button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/en/proposals/"));
            String proposal = browser.getCurrentUrl();
            assertThat(browser.findElement(By.cssSelector("table.diff")).getText()).contains("1957").contains("1958");
            assertThat(browser.findElements(By.id("accept"))).as("not for the proposer").isEmpty();
            logOut();

            logIn("rade");
            browser.get(proposal);
            screenshot("14-review");
            browser.findElement(By.id("accept")).click();
            wait.until(ExpectedConditions.urlToBe(url("/en/tie/" + tie)));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("1958");
            assertThat(atlas.snapshot().atlas().tie(tie).orElseThrow().established().year()).isEqualTo(1958);
            browser.get(url("/en/changes"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("rade (accepting proposal")
                    .contains("1958");
            screenshot("15-changelog");

            // revert: proposed from the history by the reviewer, accepted by someone else
            browser.get(url("/en/tie/" + tie + "/history"));
            List<WebElement> restore = browser.findElements(By.cssSelector("section.revision form button"));
            restore.get(restore.size() - 1).click(); // the oldest: the seed's 1957
            wait.until(ExpectedConditions.urlContains("/revert"));
            browser.findElement(By.id("propose-revert")).click();
            wait.until(ExpectedConditions.urlContains("/en/proposals/"));
            String revert = browser.getCurrentUrl();
            logOut();
            logIn("carla");
            browser.get(revert);
            assertThat(browser.findElements(By.id("accept"))).as("a contributor does not review").isEmpty();
            logOut();
            atlas.app.accounts().create("vera", org.pobratim.account.Role.REVIEWER, "correct horse battery", "test");
            logIn("vera");
            browser.get(revert);
            browser.findElement(By.id("accept")).click();
            wait.until(ExpectedConditions.urlToBe(url("/en/tie/" + tie)));
            assertThat(atlas.snapshot().atlas().tie(tie).orElseThrow().established().year()).isEqualTo(1957);
            screenshot("16-reverted");
            assertThat(severeConsoleMessages()).as("console errors while curating").isEmpty();
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void cyrillicSearchAndTheKeyboardWork() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/sr-Cyrl/stats"));
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSize(6);
        screenshot("07-stats-cyrillic");
        // the first Tab reaches the skip link, which leads to the content
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip");
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("Шабац");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-suggestions li[role=option]")));
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/sr-Cyrl/city/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Шабац");
        assertThat(severeConsoleMessages()).as("console errors").isEmpty();
    }

    @Test
    void onAPhoneSizedScreenNothingOverflowsSideways() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/en/", "/sr-Latn/city/rs-kikinda", "/en/stories",
                "/en/tie/no-narvik--rs-kikinda", "/sr-Latn/network", "/en/path?from=Narvik&to=Argostoli")) {
            browser.get(url(path));
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
        }
        screenshot("08-phone-stories");
        browser.get(url("/sr-Latn/city/rs-kikinda"));
        mapAttribute("data-arcs");
        screenshot("09-phone-kikinda");
        assertThat(severeConsoleMessages()).as("console errors").isEmpty();
    }

    @Test
    void mapTooltipsShowANameThatIsMarkupAsText() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/en/city/rs-kikinda"));
        mapAttribute("data-arcs");
        String title = browser.getTitle();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.querySelectorAll('#map path.leaflet-interactive').forEach(function (p) {"
                + " p.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); });");
        wait.until(d -> !d.findElements(By.cssSelector(".leaflet-tooltip")).isEmpty());
        List<String> tooltips = browser.findElements(By.cssSelector(".leaflet-tooltip")).stream()
                .map(e -> (String) js.executeScript("return arguments[0].textContent;", e)).toList();
        assertThat(tooltips).anySatisfy(t -> assertThat(t).contains(MARKUP_NAME));
        assertThat(browser.findElements(By.cssSelector(".leaflet-tooltip img"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo(title).doesNotContain("pwned");
        screenshot("10-tooltip-markup-name");
    }

    /** How many times the page has asked for the world network (Resource Timing lists fetches too). */
    private static long worldRequests() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('/api/v1/map/world') >= 0; }).length;");
    }

    /** Moves the pointer onto a city's dot on the map, in the page's viewport coordinates. */
    private static Actions pointAt(String cityId) {
        Coordinates at = atlas.snapshot().atlas().cities().get(cityId).location();
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "var box = document.getElementById('map'), r = box.getBoundingClientRect();"
                + " var p = window.PobratimMap.map.latLngToContainerPoint([arguments[0], arguments[1]]);"
                + " return [r.left + box.clientLeft + p.x, r.top + box.clientTop + p.y];", at.lat(), at.lon());
        return new Actions(browser).moveToLocation(Math.round(xy.get(0).floatValue()),
                Math.round(xy.get(1).floatValue()));
    }

    @Test
    void theWorldViewIsFetchedOnlyWhenAskedForAndDrawsEveryTieOnOneCanvas() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/en/"));
        int serbianLayers = mapAttribute("data-arcs") + atlas.snapshot().atlas().cities().size();
        WebElement world = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("map-view-world")));
        WebElement serbia = browser.findElement(By.id("map-view-serbia"));
        assertThat(world.getText()).isEqualTo("World network");
        assertThat(world.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(serbia.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.findElement(By.id("map-legend")).isDisplayed()).isFalse();
        assertThat(worldRequests()).as("the first load leaves the world network alone").isZero();

        // by keyboard: Tab reaches the button, Space presses it
        serbia.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("map-view-world");
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        assertThat(mapAttribute("data-ties")).isEqualTo(atlas.snapshot().atlas().ties().size());
        assertThat(world.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(serbia.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(browser.findElement(By.id("map-legend")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("counts")).getText()).startsWith("The world network: "
                + atlas.snapshot().atlas().ties().size() + " ties");
        // one canvas for the whole network, no Leaflet layer per tie or city
        assertThat(browser.findElements(By.cssSelector("#map canvas.world-canvas"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive"))).isEmpty();
        assertThat(worldRequests()).isEqualTo(1);
        screenshot("11-world");

        // zoomed, the canvas is scaled while the map animates, then drawn anew at the new zoom
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
        wait.until(d -> ((Number) js.executeScript("return window.PobratimMap.map.getZoom();")).intValue() == 3
                && !((String) js.executeScript("return document.querySelector('#map canvas.world-canvas').style"
                + ".transform;")).contains("scale"));
        browser.findElement(By.cssSelector(".leaflet-control-zoom-out")).click();
        wait.until(d -> ((Number) js.executeScript("return window.PobratimMap.map.getZoom();")).intValue() == 2);

        // a city's name shows as text when the pointer is on its dot, however much it looks like markup
        String title = browser.getTitle();
        pointAt("is-reykjavik").perform();
        WebElement tooltip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-tooltip")));
        assertThat(tooltip.getText()).isEqualTo(MARKUP_NAME);
        assertThat(browser.findElements(By.cssSelector(".leaflet-tooltip img"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo(title);
        screenshot("12-world-hover");

        serbia.click();
        wait.until(d -> d.findElements(By.cssSelector("#map path.leaflet-interactive")).size() == serbianLayers);
        assertThat(browser.findElements(By.cssSelector("#map canvas.world-canvas"))).isEmpty();
        world.click();
        wait.until(d -> d.findElements(By.cssSelector("#map canvas.world-canvas")).size() == 1);
        assertThat(worldRequests()).as("fetched once per page").isEqualTo(1);

        // a click on a city's dot opens its page
        pointAt("no-narvik").click().perform();
        wait.until(ExpectedConditions.urlToBe(url("/en/city/no-narvik")));
        assertThat(severeConsoleMessages()).as("console errors in the world view").isEmpty();
    }

    @Test
    void theWorldViewSpeaksEachLanguage() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/sr-Cyrl/"));
        WebElement world = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("map-view-world")));
        assertThat(world.getText()).isEqualTo("Светска мрежа");
        world.click();
        assertThat(mapAttribute("data-ties")).isEqualTo(atlas.snapshot().atlas().ties().size());
        assertThat(browser.findElement(By.id("counts")).getText()).startsWith("Светска мрежа: ");
        assertThat(browser.findElement(By.cssSelector("#map-legend h2")).getText()).isEqualTo("Легенда");
        assertThat(severeConsoleMessages()).as("console errors").isEmpty();
    }
}
