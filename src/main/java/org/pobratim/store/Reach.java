package org.pobratim.store;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.pobratim.account.StoreUnreachable;

/** Calls the store, turning "it cannot be reached" (a closed pool, a lost connection) into {@link StoreUnreachable}. */
final class Reach {
    private Reach() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (org.jdbi.v3.core.ConnectionException | IllegalStateException e) {
            throw new StoreUnreachable("the store cannot be reached: " + e.getMessage(), e);
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                throw new StoreUnreachable("the store cannot be reached: " + sql.getMessage(), e);
            }
            throw e;
        }
    }

    static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }
}
