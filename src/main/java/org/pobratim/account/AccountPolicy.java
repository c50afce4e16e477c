package org.pobratim.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an account's name and password must be; each rule's breach is said in words. */
public final class AccountPolicy {
    public static final int MIN_PASSWORD = 12;
    /** Argon2 takes any length; a cap keeps a megabyte "password" from being a cheap way to load the server. */
    public static final int MAX_PASSWORD = 256;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,49}");

    private AccountPolicy() {
    }

    /** The key a name is unique and looked up by: case does not make another account. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.of("a name is 3 to 50 letters (a–z), digits, dots, dashes or underscores, beginning "
                    + "with a letter or a digit");
        }
        return Optional.empty();
    }

    public static Optional<String> passwordProblem(String name, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of("a password has at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            return Optional.of("a password has at most " + MAX_PASSWORD + " characters");
        }
        if (name != null && password.toLowerCase(Locale.ROOT).contains(key(name))) {
            return Optional.of("a password must not contain the account's name");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("a password needs at least 4 different characters");
        }
        return Optional.empty();
    }
}
