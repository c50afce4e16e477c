package org.pobratim.store;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.pobratim.account.LoginThrottle;
import org.pobratim.account.Secrets;

/**
 * Failed logins counted in the store (V6__login_failures.sql), so that every instance sharing it slows and locks the
 * same guesses. Keys are kept as their SHA-256 digests: the table names no account and no address. Keys idle for
 * a day are deleted as failures come in.
 */
final class LoginFailures implements LoginThrottle.Counts {
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final Jdbi jdbi;

    LoginFailures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<LoginThrottle.Failures> get(String key) {
        return Reach.call(() -> jdbi.withHandle(h -> h.createQuery("SELECT failures, last_at FROM login_failure"
                        + " WHERE failure_key = :key").bind("key", Secrets.digest(key))
                .map((rs, ctx) -> new LoginThrottle.Failures(rs.getInt("failures"),
                        rs.getObject("last_at", OffsetDateTime.class).toInstant()))
                .findOne()));
    }

    @Override
    public void failed(String key, Instant at) {
        String digest = Secrets.digest(key);
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        try {
            count(digest, when);
        } catch (UnableToExecuteStatementException e) {
            // another instance inserted the key's first failure meanwhile: now the update finds it
            count(digest, when);
        }
    }

    private void count(String digest, OffsetDateTime when) {
        Reach.run(() -> jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM login_failure WHERE last_at < :cutoff")
                    .bind("cutoff", when.minus(FORGET_AFTER)).execute();
            if (increment(h, digest, when) == 0) {
                h.createUpdate("INSERT INTO login_failure (failure_key, failures, last_at) VALUES (:key, 1, :at)")
                        .bind("key", digest).bind("at", when).execute();
            }
        }));
    }

    private static int increment(org.jdbi.v3.core.Handle h, String digest, OffsetDateTime when) {
        return h.createUpdate("UPDATE login_failure SET failures = failures + 1, last_at = :at"
                + " WHERE failure_key = :key").bind("key", digest).bind("at", when).execute();
    }

    @Override
    public void clear(String key) {
        Reach.run(() -> jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_failure WHERE failure_key = :key")
                .bind("key", Secrets.digest(key)).execute()));
    }
}
