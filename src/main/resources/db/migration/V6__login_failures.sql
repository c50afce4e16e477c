-- Failed logins in a row, kept with the accounts so that every instance sharing the store slows and locks the same
-- guesses (account/LoginThrottle.java); by the SHA-256 digest of their key ("name:<name key>" or
-- "address:<client address>"), so that the table names no account and no address. Rows idle for a day are deleted.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE login_failure (
    failure_key VARCHAR(120) PRIMARY KEY,
    failures    INTEGER NOT NULL,
    last_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_last ON login_failure (last_at);
