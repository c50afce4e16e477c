package org.pobratim.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows and then locks guessing: counted by account name and by client address apart, so that neither many names
 * from one address nor one name from many addresses gets far. The first {@value #FREE} failures cost nothing; each
 * further one doubles the wait before the next attempt (1 s, 2 s, 4 s … at most {@link #MAX_WAIT}); after
 * {@value #LOCK_AFTER} failures in a row the key is locked for {@link #LOCK}, even for the right password. A success
 * clears its name's and address's counts. The counts are kept where {@link Counts} keeps them: in the store, so that
 * every instance sharing it counts the same failures and a restart forgets nothing (docs/accounts.md), or in memory.
 */
public final class LoginThrottle {
    public static final int FREE = 3;
    public static final int LOCK_AFTER = 10;
    public static final Duration MAX_WAIT = Duration.ofMinutes(5);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** Beyond this many keys, those idle for longer than a lock are forgotten (in memory). */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Counts failures;

    /** Counted in memory, by this process alone. */
    public LoginThrottle(Clock clock) {
        this(clock, inMemory());
    }

    public LoginThrottle(Clock clock, Counts failures) {
        this.clock = clock;
        this.failures = failures;
    }

    /** A key's failures in a row and the time of the last. */
    public record Failures(int count, Instant last) {
    }

    /**
     * Where failures are counted, by key ({@code name:<name key>}, {@code address:<address>}). A store's counts
     * (store/AccountRepository) are shared by every instance on it, and may forget keys idle for a day or more.
     */
    public interface Counts {
        Optional<Failures> get(String key);

        /** One more failure of the key, at {@code at}. */
        void failed(String key, Instant at);

        void clear(String key);
    }

    /** Counts in this process's memory. */
    public static Counts inMemory() {
        Map<String, Failures> counts = new ConcurrentHashMap<>();
        return new Counts() {
            @Override
            public Optional<Failures> get(String key) {
                return Optional.ofNullable(counts.get(key));
            }

            @Override
            public void failed(String key, Instant at) {
                counts.merge(key, new Failures(1, at), (old, one) -> new Failures(old.count() + 1, at));
                if (counts.size() > MAX_KEYS) {
                    counts.values().removeIf(f -> f.last().plus(LOCK).isBefore(at));
                }
            }

            @Override
            public void clear(String key) {
                counts.remove(key);
            }
        };
    }

    /** May an attempt be made now; if not, when, and whether the key is locked rather than only slowed. */
    public record Verdict(boolean allowed, long retryAfterSeconds, boolean locked) {
        static final Verdict ALLOWED = new Verdict(true, 0, false);
    }

    public Verdict check(String nameKey, String address) {
        Verdict byName = verdict(failures.get("name:" + nameKey).orElse(null));
        Verdict byAddress = verdict(failures.get("address:" + address).orElse(null));
        if (!byName.allowed() && (byAddress.allowed() || byName.retryAfterSeconds() >= byAddress.retryAfterSeconds())) {
            return byName;
        }
        return byAddress;
    }

    public void failed(String nameKey, String address) {
        Instant now = clock.instant();
        failures.failed("name:" + nameKey, now);
        failures.failed("address:" + address, now);
    }

    public void succeeded(String nameKey, String address) {
        failures.clear("name:" + nameKey);
        failures.clear("address:" + address);
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
