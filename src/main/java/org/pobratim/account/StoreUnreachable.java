package org.pobratim.account;

/**
 * The store could not be reached for a write, a session or a history: reads of the snapshot go on, this cannot
 * (the server answers 503 with Retry-After).
 */
public final class StoreUnreachable extends RuntimeException {
    public StoreUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
