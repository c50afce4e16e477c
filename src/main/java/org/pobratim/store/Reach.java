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
            if (e.getCause() instanceof SQLException sql && lost(sql.getSQLState())) {
                throw new StoreUnreachable("the store cannot be reached: " + sql.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * A connection error (SQLSTATE class 08), or the server going away under it: PostgreSQL's admin shutdown,
     * crash shutdown and "cannot connect now" (57P01..57P03), which a stop in mid-query answers.
     */
    static boolean lost(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }
}
