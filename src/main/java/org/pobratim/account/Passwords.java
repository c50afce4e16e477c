package org.pobratim.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashes: Argon2id through password4j, with OWASP's minimum parameters (19 MiB of memory, 2 passes, one
 * lane), a random 16-byte salt, in the PHC string form ({@code $argon2id$v=19$m=19456,t=2,p=1$…}), so that a hash
 * made with other parameters later is still checked with its own.
 */
public final class Passwords {
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, 1, 32,
            Argon2.ID, 19);
    /** Checked against when the account does not exist, so that a wrong name takes as long as a wrong password. */
    private static final String DUMMY = hash("no account has this password, it only spends the time");

    private Passwords() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(String password, String hash) {
        if (hash == null || !hash.startsWith("$argon2id$")) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of a check, for a name that has no account. */
    static void spendCheckTime(String password) {
        matches(password, DUMMY);
    }
}
