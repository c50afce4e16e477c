package org.pobratim.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pobratim.TestData;
import org.pobratim.account.Role;
import org.pobratim.web.RunningAtlas;

/**
 * Markup typed into every text a contributor can edit — an agreement's title, a status note, a reason's and an
 * activity's narratives in both languages, a conflict's claim, the proposal's note — goes through the whole-tie
 * editor, review and acceptance, and is shown as text on every page that shows it, in a real Chromium: no element is
 * built from it and no script of it runs; SQL in it is stored and shown as typed.
 */
class MarkupInEditsBrowserTest {
    /** Runs if it is ever built: marks the page's title and the window; and SQL, to be kept and shown literally. */
    private static final String PAYLOAD = "<img src=x onerror=\"window.pwned=1;document.title='pwned'\">"
            + "<script>window.pwned=1</script><svg onload=\"window.pwned=1\"> '); DROP TABLE tie; --";
    private static final String TIE = "no-narvik--rs-kikinda";

    @TempDir
    static Path dir;
    static RunningAtlas atlas;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        browser = Chromium.start();
        atlas = new RunningAtlas(dir.resolve("db"), TestData.fixture(), false);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        atlas.app.accounts().create("xena", Role.CONTRIBUTOR, "correct horse battery", "test");
        atlas.app.accounts().create("yuri", Role.REVIEWER, "correct horse battery", "test");
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

    private static void logIn(String name) {
        browser.manage().deleteAllCookies();
        browser.get(url("/en/login"));
        browser.findElement(By.id("login-name")).sendKeys(name);
        browser.findElement(By.id("login-password")).sendKeys("correct horse battery");
        browser.findElement(By.cssSelector("form.login button")).click();
        wait.until(ExpectedConditions.urlToBe(url("/en/account")));
    }

    /** The payload as a YAML double-quoted value, marked by where it stands. */
    private static String quoted(String where) {
        return "\"" + where + " " + PAYLOAD.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void assertInert(String path) {
        browser.get(url(path));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return window.pwned === undefined;")).as(path).isEqualTo(true);
        assertThat(browser.getTitle()).as(path).doesNotContain("pwned");
        // nothing was built from it: no element with its handlers, no script of its text (data in a JSON script
        // block is text, as long as it cannot close the block)
        assertThat(js.executeScript("return document.querySelectorAll(\"[onerror], [onload], img[src='x']\").length"
                + " + Array.from(document.scripts).filter(function (s) { return s.type !== 'application/json'"
                + " && s.textContent.indexOf('pwned') >= 0; }).length;")).as(path).isEqualTo(0L);
    }

    @Test
    void markupInEveryEditableTextOfATieIsShownAsTextOnEveryPage() {
        logIn("xena");
        browser.get(url("/en/tie/" + TIE + "/entry"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String entry = (String) js.executeScript("return document.getElementById('entry').value;");
        String edited = entry
                .replace("title: \"Declaration of friendship\"", "title: " + quoted("title"))
                .replace("      state: active\n", "      state: active\n      note: " + quoted("note") + "\n")
                .replace("    activity:\n", "    activity:\n      - date: 2019\n        kind: event\n        en: "
                        + quoted("activity-en") + "\n        sr-Latn: " + quoted("activity-sr") + "\n"
                        + "        sources: [fixture-news]\n")
                .replace("    reasons:\n", "    reasons:\n      - category: culture\n        en: " + quoted("reason-en")
                        + "\n        sr-Latn: " + quoted("reason-sr") + "\n        sources: [fixture-news]\n")
                .replace("    conflicts:\n", "    conflicts:\n      - about: other\n        claim: "
                        + quoted("claim") + "\n        sources: [fixture-news]\n");
        assertThat(edited).contains("title <img", "note <img", "activity-en", "reason-sr", "claim <img");
        js.executeScript("document.getElementById('entry').value = arguments[0];"
                + " document.getElementById('note').value = arguments[1];", edited, "proposal-note " + PAYLOAD);
        browser.findElement(By.cssSelector("form.entry button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/en/proposals/"));
        String proposal = browser.getCurrentUrl().substring(url("").length());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("proposal-note " + PAYLOAD)
                .contains("claim " + PAYLOAD);
        assertInert(proposal);
        assertInert("/en/proposals");

        logIn("yuri");
        browser.get(url(proposal));
        browser.findElement(By.id("accept")).click();
        wait.until(ExpectedConditions.urlToBe(url("/en/tie/" + TIE)));
        String tiePage = browser.findElement(By.tagName("main")).getText();
        for (String where : List.of("title", "note", "reason-en", "activity-en", "claim")) {
            assertThat(tiePage).as(where).contains(where + " " + PAYLOAD);
        }
        for (String path : List.of("/en/tie/" + TIE, "/sr-Latn/tie/" + TIE, "/sr-Cyrl/tie/" + TIE,
                "/en/city/rs-kikinda", "/sr-Latn/city/no-narvik", "/en/tie/" + TIE + "/history", "/en/changes",
                "/en/tie/" + TIE + "/entry", "/en/stories", "/en/", "/en/stats", "/en/country/NO")) {
            assertInert(path);
        }
        var stored = atlas.snapshot().atlas().tie(TIE).orElseThrow();
        assertThat(stored.conflicts()).anySatisfy(c -> assertThat(c.claim()).isEqualTo("claim " + PAYLOAD));
        assertThat(atlas.app.atlas().rowCount("tie")).isPositive();
        browser.get(url("/sr-Latn/tie/" + TIE));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("reason-sr " + PAYLOAD)
                .contains("activity-sr " + PAYLOAD);
    }
}
