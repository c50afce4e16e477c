package org.pobratim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pobratim.TestData;
import org.pobratim.account.LoginThrottle;
import org.pobratim.account.Role;
import org.pobratim.web.auth.Auth;

/**
 * Guessing a password over real HTTP: slowed after three failures (429 with Retry-After), then locked even for the
 * right password; a server of its own, since the throttle counts the test client's address too.
 */
class LoginThrottleHttpTest {
    @TempDir
    Path dir;

    @Test
    void guessesAreSlowedThenLockedAndTheRightPasswordDoesNotGetThrough() {
        try (RunningAtlas atlas = new RunningAtlas(dir, TestData.fixture(), false)) {
            atlas.app.accounts().create("ada", Role.ADMIN, "correct horse battery", "test");
            WebUser guesser = new WebUser(atlas);
            for (int i = 0; i < LoginThrottle.FREE; i++) {
                HttpResponse<String> wrong = guesser.logIn("ada", "guess number " + i);
                assertThat(wrong.statusCode()).isEqualTo(401);
                assertThat(wrong.body()).contains("The name or the password is wrong.");
            }
            HttpResponse<String> slowed = guesser.logIn("ada", "correct horse battery");
            assertThat(slowed.statusCode()).as("the clock stands still: the wait has not passed").isEqualTo(429);
            assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(slowed.body()).contains("Too many failed attempts");
            assertThat(guesser.cookies).doesNotContainKey(Auth.SESSION_COOKIE);
            // an unknown name is counted like a known one: the answer does not tell which names exist
            WebUser other = new WebUser(atlas);
            HttpResponse<String> unknown = other.logIn("nobody-here", "guess");
            assertThat(unknown.statusCode()).as("the address is slowed too").isEqualTo(429);
        }
    }

    private static java.net.http.HttpResponse<String> send(int port, String method, String path, String body,
                                                           String... headers) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** A failed login through the proxy, from {@code client}; the status. */
    private static int failFrom(int port, String client, String name) throws Exception {
        java.net.http.HttpResponse<String> form = send(port, "GET", "/en/login", null, "X-Forwarded-For", client);
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String token = cookie.substring(cookie.indexOf('=') + 1);
        return send(port, "POST", "/en/login", "csrf=" + token + "&name=" + name + "&password=wrong+guess",
                "Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded",
                "X-Forwarded-For", client).statusCode();
    }

    @Test
    void behindATrustedProxyEachClientIsCountedByItsForwardedAddressAndCookiesAreSecure() throws Exception {
        try (RunningAtlas atlas = new RunningAtlas(dir, TestData.fixture(), false)) {
            io.javalin.Javalin proxied = atlas.app.server(org.pobratim.web.pages.PageOptions.OFFLINE, true)
                    .start("127.0.0.1", 0);
            try {
                int port = proxied.port();
                for (int i = 0; i < LoginThrottle.FREE; i++) {
                    assertThat(failFrom(port, "198.51.100.1, 192.0.2.1", "guess-" + i)).isEqualTo(401);
                }
                assertThat(failFrom(port, "198.51.100.9, 192.0.2.1", "guess-x")).as("the same last hop")
                        .isEqualTo(429);
                assertThat(failFrom(port, "192.0.2.2", "someone")).as("another client behind the proxy")
                        .isEqualTo(401);
                assertThat(send(port, "GET", "/en/login", null, "X-Forwarded-Proto", "https").headers()
                        .firstValue("Set-Cookie").orElseThrow()).contains("Secure");
            } finally {
                proxied.stop();
            }
        }
    }
}
