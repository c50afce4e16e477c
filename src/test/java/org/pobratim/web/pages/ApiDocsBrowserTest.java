package org.pobratim.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pobratim.TestData;
import org.pobratim.web.RunningAtlas;

/** /api/docs in Chromium: Swagger UI from the jar shows every operation, with nothing refused by the policy. */
class ApiDocsBrowserTest {
    @TempDir
    static Path dir;
    static RunningAtlas atlas;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        browser = Chromium.start();
        atlas = new RunningAtlas(dir, TestData.fixture(), false);
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

    @Test
    void theDocumentationShowsEveryOperationOfflineWithinThePolicy() {
        int operations = atlas.json("/api/v1/openapi.json").path("paths").findValues("operationId").size();
        browser.get("http://127.0.0.1:" + atlas.server.port() + "/api/docs");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".opblock"))
                .size() == operations);
        assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("Pobratim API");
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(e -> e.getAttribute("data-path")).contains("/api/v1/ties", "/api/v1/export/{format}");
        assertThat(Chromium.severeMessages(browser)).as("console errors (a refused script or style, a request elsewhere)").isEmpty();
    }
}
