package org.pobratim.web;

import java.util.function.Supplier;
import org.pobratim.web.prepared.PreparedResponses;

/**
 * How a server is run, beside what it serves: how many bytes of prepared answers it keeps, where its metrics go, and
 * how to ask whether the store answers (for {@code /api/v1/health}).
 *
 * @param preparedBytes the kept answers' bound in bytes; 0 keeps none (every answer is made anew)
 * @param store         the store's state now; called on every health request
 */
public record Operations(long preparedBytes, ServerMetrics metrics, Supplier<StoreState> store) {
    /** The store's state: {@code kind} h2 or postgresql; {@code problem} why it does not answer, or null. */
    public record StoreState(String kind, boolean up, String problem) {
    }

    /** For servers built without a store to ask (tests of the read side): the store counts as up. */
    public static Operations standalone() {
        return new Operations(PreparedResponses.DEFAULT_MAX_BYTES, new ServerMetrics(),
                () -> new StoreState("none", true, null));
    }

    public Operations withPreparedBytes(long bytes) {
        return new Operations(bytes, metrics, store);
    }
}
