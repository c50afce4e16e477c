package org.pobratim.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The back-off and the lock, with a clock the test moves. */
class LoginThrottleTest {
    /** A clock that stands still until the test moves it. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void threeFailuresAreFreeThenEachDoublesTheWaitAndTenLock() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            assertThat(throttle.check("ada", "192.0.2.1").allowed()).isTrue();
            throttle.failed("ada", "192.0.2.1");
        }
        LoginThrottle.Verdict third = throttle.check("ada", "192.0.2.1");
        assertThat(third.allowed()).isFalse();
        assertThat(third.retryAfterSeconds()).isEqualTo(1);
        assertThat(third.locked()).isFalse();
        assertThat(throttle.check("ada", "198.51.100.7").allowed()).as("the name is slowed from any address")
                .isFalse();
        assertThat(throttle.check("bob", "192.0.2.1").allowed()).as("any name from the address").isFalse();
        assertThat(throttle.check("bob", "198.51.100.7").allowed()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.check("ada", "192.0.2.1").allowed()).isTrue();
        throttle.failed("ada", "192.0.2.1");
        assertThat(throttle.check("ada", "192.0.2.1").retryAfterSeconds()).isEqualTo(2);
        for (int i = 4; i < LoginThrottle.LOCK_AFTER; i++) {
            clock.advance(LoginThrottle.MAX_WAIT);
            throttle.failed("ada", "192.0.2.1");
        }
        LoginThrottle.Verdict locked = throttle.check("ada", "192.0.2.1");
        assertThat(locked.locked()).isTrue();
        assertThat(locked.retryAfterSeconds()).isEqualTo(LoginThrottle.LOCK.toSeconds());
        clock.advance(LoginThrottle.LOCK);
        assertThat(throttle.check("ada", "192.0.2.1").allowed()).isTrue();
        throttle.succeeded("ada", "192.0.2.1");
        throttle.failed("ada", "192.0.2.1");
        assertThat(throttle.check("ada", "192.0.2.1").allowed()).as("a success starts the count again").isTrue();
    }

    @Test
    void theWaitNeverExceedsFiveMinutesBeforeTheLock() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.LOCK_AFTER - 1; i++) {
            throttle.failed("ada", "a");
        }
        assertThat(throttle.check("ada", "a").retryAfterSeconds())
                .isLessThanOrEqualTo(LoginThrottle.MAX_WAIT.toSeconds()).isEqualTo(64);
    }
}
