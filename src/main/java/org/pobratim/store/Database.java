package org.pobratim.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** An open connection pool to a migrated store. Close it to release the pool (and an H2 file lock). */
public final class Database implements AutoCloseable {
    /** How long a request waits for a connection before the store counts as unreachable (a 503, not a hang). */
    private static final long CONNECTION_TIMEOUT_MS = 3_000;

    private final DatabaseConfig config;
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(DatabaseConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens the pool and brings the schema up to date with the migrations in db/migration. */
    public static Database open(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(4);
        hikari.setPoolName("pobratim");
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        hikari.setValidationTimeout(Math.min(CONNECTION_TIMEOUT_MS, 1_000));
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw StoreUnavailable.explain(config, e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw StoreUnavailable.explain(config, e);
        }
        return new Database(config, pool);
    }

    Jdbi jdbi() {
        return jdbi;
    }

    DatabaseConfig config() {
        return config;
    }

    /** What the store is: {@code h2} or {@code postgresql}. */
    public String kind() {
        return config.isPostgres() ? "postgresql" : "h2";
    }

    /**
     * Whether the store answers now: one trivial query within the connection timeout. Never throws; the reason it
     * does not answer is in {@link Probe#problem}.
     */
    public Probe probe() {
        long started = System.nanoTime();
        try {
            jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            return new Probe(true, null, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new Probe(false, root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** A probe's answer: up or not, why not, and how long it took. */
    public record Probe(boolean up, String problem, long millis) {
    }

    @Override
    public void close() {
        pool.close();
    }
}
