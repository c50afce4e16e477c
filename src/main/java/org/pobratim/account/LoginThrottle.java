package org.pobratim.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows and then locks guessing: counted by account name and by client address apart, so that neither many names
 * from one address nor one name from many addresses gets far. The first {@value #FREE} failures cost nothing; each
 * further one doubles the wait before the next attempt (1 s, 2 s, 4 s … at most {@link #MAX_WAIT}); after
 * {@value #LOCK_AFTER} failures in a row the key is locked for {@link #LOCK}, even for the right password. A success
 * clears its name's and address's counts. Kept in memory: a restart forgets it (docs/accounts.md).
 */
public final class LoginThrottle {
    public static final int FREE = 3;
    public static final int LOCK_AFTER = 10;
    public static final Duration MAX_WAIT = Duration.ofMinutes(5);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** Beyond this many keys, those idle for longer than a lock are forgotten. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** May an attempt be made now; if not, when, and whether the key is locked rather than only slowed. */
    public record Verdict(boolean allowed, long retryAfterSeconds, boolean locked) {
        static final Verdict ALLOWED = new Verdict(true, 0, false);
    }

    private record Failures(int count, Instant last) {
    }

    public Verdict check(String nameKey, String address) {
        Verdict byName = verdict(failures.get("name:" + nameKey));
        Verdict byAddress = verdict(failures.get("address:" + address));
        if (!byName.allowed() && (byAddress.allowed() || byName.retryAfterSeconds() >= byAddress.retryAfterSeconds())) {
            return byName;
        }
        return byAddress;
    }

    public void failed(String nameKey, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {"name:" + nameKey, "address:" + address}) {
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        }
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(LOCK).isBefore(now));
        }
    }

    public void succeeded(String nameKey, String address) {
        failures.remove("name:" + nameKey);
        failures.remove("address:" + address);
    }

    private Verdict verdict(Failures f) {
        if (f == null || f.count() < FREE) {
            return Verdict.ALLOWED;
        }
        Instant now = clock.instant();
        boolean locked = f.count() >= LOCK_AFTER;
        Duration wait = locked ? LOCK : Duration.ofSeconds(Math.min(MAX_WAIT.getSeconds(),
                1L << Math.min(30, f.count() - FREE)));
        Instant until = f.last().plus(wait);
        if (!now.isBefore(until)) {
            return Verdict.ALLOWED;
        }
        return new Verdict(false, Math.max(1, Duration.between(now, until).toSeconds()
                + (Duration.between(now, until).toMillisPart() > 0 ? 1 : 0)), locked);
    }
}
