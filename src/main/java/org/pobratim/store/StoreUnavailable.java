package org.pobratim.store;

import java.sql.SQLException;

/**
 * The store cannot be opened, said in words a user can act on: most often another Pobratim process holds the
 * embedded H2 file (H2 lets one process open a file database at a time).
 */
public final class StoreUnavailable extends RuntimeException {
    /** H2's error code for a file database another process has open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    static RuntimeException explain(DatabaseConfig config, RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return new StoreUnavailable("another Pobratim process is using the store " + config.url()
                        + " (an embedded H2 store is opened by one process at a time): stop that process (a running"
                        + " 'pobratim serve', say) and try again, or point this command at another store with"
                        + " --db-dir or --db-url; for several processes at once, use PostgreSQL", failure);
            }
        }
        return failure;
    }
}
