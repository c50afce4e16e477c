package org.pobratim.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where accounts, sessions and API tokens are kept: the store implements it (store/AccountRepository); the service
 * ({@link Accounts}) holds the rules. Sessions and tokens are looked up by the digest of their secret only.
 */
public interface AccountRecords {
    /** An account with its password hash, for logging in. */
    record Credentials(Account account, String passwordHash) {
    }

    /** A session's account and its CSRF token, until when it holds. */
    record SessionRecord(Account account, String csrf, Instant expiresAt) {
    }

    /** A token's account, scopes and label; never its secret. */
    record TokenRecord(long id, Account account, String label, Set<Scope> scopes, Instant createdAt,
                       boolean revoked) {
    }

    Optional<Credentials> byName(String nameKey);

    Optional<Account> byId(long id);

    List<Account> all();

    /** Creates an account, with an account event naming {@code actor}; empty when the name is taken. */
    Optional<Account> create(String name, String nameKey, Role role, String passwordHash, Instant at, String actor);

    void setRole(long accountId, Role role, Instant at, String actor);

    void setDisabled(long accountId, boolean disabled, Instant at, String actor);

    void createSession(String idDigest, long accountId, String csrf, Instant createdAt, Instant expiresAt);

    Optional<SessionRecord> session(String idDigest);

    void deleteSession(String idDigest);

    void deleteSessionsOf(long accountId);

    long createToken(long accountId, String label, String tokenDigest, Set<Scope> scopes, Instant at);

    Optional<TokenRecord> token(String tokenDigest);

    List<TokenRecord> tokensOf(long accountId);

    /** Revokes a token of that account; false when it has none of that number. */
    boolean revokeToken(long tokenId, long accountId);

    /** Where failed logins are counted ({@link LoginThrottle}): with the accounts, for every instance alike. */
    LoginThrottle.Counts loginFailures();
}
