package org.pobratim.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do. A reader needs no account; a contributor proposes changes, a reviewer accepts or rejects
 * them, an admin manages accounts. Each role includes the ones before it.
 */
public enum Role {
    CONTRIBUTOR, REVIEWER, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    public static Optional<Role> parse(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
