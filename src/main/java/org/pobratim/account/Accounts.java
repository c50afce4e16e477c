package org.pobratim.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of accounts (docs/accounts.md): who may make an account or change a role, how logging in is checked
 * and slowed, what a session and a token are. Secrets are handed out once and kept only as digests; a password is
 * kept only as its Argon2id hash.
 */
public final class Accounts {
    /** How long a session holds after logging in, whatever is done with it. */
    public static final Duration SESSION = Duration.ofHours(12);
    public static final int MAX_LABEL = 100;

    private final AccountRecords records;
    private final Clock clock;
    private final LoginThrottle throttle;

    public Accounts(AccountRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
        this.throttle = new LoginThrottle(clock, records.loginFailures());
    }

    /** A change refused: why, and which field (null when none is to blame). */
    public static final class Refused extends RuntimeException {
        private final String field;

        public Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** A logged-in session: its account, its CSRF token, and its secret id (to be sent to the browser once). */
    public record Session(Account account, String csrf, String id) {
    }

    /** What an API token grants: its account and the scopes both the token and the account's role allow. */
    public record Grant(Account account, Set<Scope> scopes) {
        public boolean allows(Scope scope) {
            return scopes.contains(scope) && account.role().includes(scope.needs());
        }
    }

    /** The outcome of a login: a session, or wrong (name or password, not said which), or throttled. */
    public sealed interface Login {
    }

    public record LoggedIn(Session session) implements Login {
    }

    public record Wrong() implements Login {
    }

    public record Throttled(long retryAfterSeconds, boolean locked) implements Login {
    }

    /** The first admin and every later account; {@code actor} is who made it ("cli:…" or an admin's name). */
    public Account create(String name, Role role, String password, String actor) {
        AccountPolicy.nameProblem(name).ifPresent(p -> {
            throw new Refused("name", p);
        });
        AccountPolicy.passwordProblem(name, password).ifPresent(p -> {
            throw new Refused("password", p);
        });
        return records.create(name.strip(), AccountPolicy.key(name), role, Passwords.hash(password), clock.instant(),
                actor).orElseThrow(() -> new Refused("name", "the name '" + name + "' is taken"));
    }

    /** An admin creates an account. */
    public Account create(Account admin, String name, Role role, String password) {
        requireAdmin(admin);
        return create(name, role, password, admin.name());
    }

    /** Every account, for the command line (which runs with the store's own rights). */
    public List<Account> records() {
        return records.all();
    }

    public List<Account> all(Account admin) {
        requireAdmin(admin);
        return records.all();
    }

    /** An admin changes another account's role; the change ends that account's sessions. */
    public Account changeRole(Account admin, long accountId, Role role) {
        requireAdmin(admin);
        Account target = records.byId(accountId).orElseThrow(() -> new Refused("account", "no account " + accountId));
        if (target.id() == admin.id() && role != Role.ADMIN) {
            throw new Refused("role", "an admin cannot take away their own admin role");
        }
        records.setRole(accountId, role, clock.instant(), admin.name());
        records.deleteSessionsOf(accountId);
        return records.byId(accountId).orElseThrow();
    }

    /**
     * An admin disables another account (its sessions end, its tokens stop working, it cannot log in; its history
     * stays) or enables it again. An admin cannot disable themselves.
     */
    public Account setDisabled(Account admin, long accountId, boolean disabled) {
        requireAdmin(admin);
        records.byId(accountId).orElseThrow(() -> new Refused("account", "no account " + accountId));
        if (accountId == admin.id() && disabled) {
            throw new Refused("account", "an admin cannot disable their own account");
        }
        records.setDisabled(accountId, disabled, clock.instant(), admin.name());
        records.deleteSessionsOf(accountId);
        return records.byId(accountId).orElseThrow();
    }

    private static void requireAdmin(Account account) {
        if (account == null || !account.role().includes(Role.ADMIN)) {
            throw new Refused(null, "only an admin may do this");
        }
    }

    public Login login(String name, String password, String address) {
        String key = AccountPolicy.key(name == null ? "" : name);
        LoginThrottle.Verdict verdict = throttle.check(key, address);
        if (!verdict.allowed()) {
            return new Throttled(verdict.retryAfterSeconds(), verdict.locked());
        }
        Optional<AccountRecords.Credentials> found = password == null || password.length() > AccountPolicy.MAX_PASSWORD
                ? Optional.empty() : records.byName(key);
        boolean right;
        if (found.isEmpty()) {
            Passwords.spendCheckTime(password == null ? "" : password.substring(0,
                    Math.min(password.length(), AccountPolicy.MAX_PASSWORD)));
            right = false;
        } else {
            right = Passwords.matches(password, found.get().passwordHash()) && !found.get().account().disabled();
        }
        if (!right) {
            throttle.failed(key, address);
            return new Wrong();
        }
        throttle.succeeded(key, address);
        Account account = found.get().account();
        String id = Secrets.next();
        String csrf = Secrets.next();
        Instant now = clock.instant();
        records.createSession(Secrets.digest(id), account.id(), csrf, now, now.plus(SESSION));
        return new LoggedIn(new Session(account, csrf, id));
    }

    /** The session of a secret id the browser sent, while it holds and its account is enabled. */
    public Optional<Session> session(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        return records.session(Secrets.digest(id))
                .filter(s -> s.expiresAt().isAfter(clock.instant()) && !s.account().disabled())
                .map(s -> new Session(s.account(), s.csrf(), id));
    }

    public void logout(String id) {
        if (id != null && !id.isEmpty() && id.length() <= 100) {
            records.deleteSession(Secrets.digest(id));
        }
    }

    /** A new API token; its secret is returned once and never kept. */
    public String createToken(Account account, String label, Set<Scope> scopes) {
        if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
            throw new Refused("label", "a token's label is 1 to " + MAX_LABEL + " characters");
        }
        if (scopes.isEmpty()) {
            throw new Refused("scopes", "a token needs at least one scope");
        }
        for (Scope s : scopes) {
            if (!account.role().includes(s.needs())) {
                throw new Refused("scopes", "a " + account.role().code() + " cannot give a token the scope '"
                        + s.code() + "'");
            }
        }
        String secret = "pbt_" + Secrets.next();
        records.createToken(account.id(), label.strip(), Secrets.digest(secret), scopes, clock.instant());
        return secret;
    }

    public List<AccountRecords.TokenRecord> tokens(Account account) {
        return records.tokensOf(account.id());
    }

    public boolean revokeToken(Account account, long tokenId) {
        return records.revokeToken(tokenId, account.id());
    }

    /** What a token a script sent grants, while it is not revoked and its account is enabled. */
    public Optional<Grant> grant(String token) {
        if (token == null || !token.startsWith("pbt_") || token.length() > 100) {
            return Optional.empty();
        }
        return records.token(Secrets.digest(token)).filter(t -> !t.revoked() && !t.account().disabled())
                .map(t -> new Grant(t.account(), t.scopes()));
    }
}
