package org.pobratim.web.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * The browser tests' Chromium (Debian's chromium and chromium-driver, which .ci/run installs): headless, and told
 * that every host but this machine does not exist, so a request leaving the machine shows as a console error.
 * Without it the tests are skipped, except on CI, where its absence fails them.
 */
final class Chromium {
    static final Path BINARY = Path.of(System.getProperty("pobratim.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("pobratim.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    static WebDriver start() {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install Chromium: " + BINARY + " and " + DRIVER
                    + " are missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "browser tests skipped: no " + BINARY + " or " + DRIVER
                + "; install Debian's chromium and chromium-driver (sudo apt-get install chromium chromium-driver)"
                + " or pass -Dpobratim.chromium=... -Dpobratim.chromedriver=...");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--lang=en-US",
                // no host but this machine resolves: a page that reaches outside fails loudly in the console
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The browser console's messages of level SEVERE since the last call (a refused script, a failed request). */
    static java.util.List<String> severeMessages(WebDriver browser) {
        java.util.List<String> severe = new java.util.ArrayList<>();
        for (org.openqa.selenium.logging.LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                severe.add(entry.getMessage());
            }
        }
        return severe;
    }
}
