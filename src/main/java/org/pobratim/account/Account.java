package org.pobratim.account;

import java.time.Instant;

/** An account: its number, its name as its holder wrote it, its role, when it was made, whether it is disabled. */
public record Account(long id, String name, Role role, Instant createdAt, boolean disabled) {
}
