package org.pobratim.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an API token may do for a script: at most what its account's role allows ({@link #needs}); a token that
 * asks for more is refused when it is made.
 */
public enum Scope {
    /** Propose changes (a contributor's right). */
    PROPOSE(Role.CONTRIBUTOR),
    /** Accept or reject proposals. */
    REVIEW(Role.REVIEWER),
    /** Import files through the running server. */
    IMPORT(Role.ADMIN),
    /** Manage accounts. */
    ADMIN(Role.ADMIN);

    private final Role needs;

    Scope(Role needs) {
        this.needs = needs;
    }

    public Role needs() {
        return needs;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Scope> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** The scopes a role may give its tokens. */
    public static Set<Scope> allowedFor(Role role) {
        Set<Scope> allowed = EnumSet.noneOf(Scope.class);
        for (Scope s : values()) {
            if (role.includes(s.needs)) {
                allowed.add(s);
            }
        }
        return allowed;
    }
}
