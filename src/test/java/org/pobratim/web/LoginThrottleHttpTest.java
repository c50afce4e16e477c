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
}
