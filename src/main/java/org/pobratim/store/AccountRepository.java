package org.pobratim.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.pobratim.account.Account;
import org.pobratim.account.AccountRecords;
import org.pobratim.account.LoginThrottle;
import org.pobratim.account.Role;
import org.pobratim.account.Scope;

/** Accounts, sessions and tokens in the store (V4__accounts.sql); the rules are {@code account.Accounts}'s. */
public final class AccountRepository implements AccountRecords {
    private static final String ACCOUNT = "a.id, a.name, a.role, a.created_at, a.disabled";

    private final Jdbi jdbi;
    private final LoginFailures loginFailures;

    public AccountRepository(Database database) {
        this.jdbi = database.jdbi();
        this.loginFailures = new LoginFailures(jdbi);
    }

    @Override
    public LoginThrottle.Counts loginFailures() {
        return loginFailures;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("name"), Role.parse(rs.getString("role")).orElseThrow(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("disabled"));
    }

    @Override
    public Optional<Credentials> byName(String nameKey) {
        return Reach.call(() -> jdbi.withHandle(h ->
                h.createQuery("SELECT " + ACCOUNT + ", a.password_hash FROM account a "
                        + "WHERE a.name_key = :key").bind("key", nameKey)
                .map((rs, ctx) -> new Credentials(account(rs), rs.getString("password_hash"))).findOne()));
    }

    @Override
    public Optional<Account> byId(long id) {
        return Reach.call(() -> jdbi.withHandle(h ->
                h.createQuery("SELECT " + ACCOUNT + " FROM account a WHERE a.id = :id")
                .bind("id", id).map((rs, ctx) -> account(rs)).findOne()));
    }

    @Override
    public List<Account> all() {
        return Reach.call(() -> jdbi.withHandle(h ->
                h.createQuery("SELECT " + ACCOUNT + " FROM account a ORDER BY a.name_key")
                .map((rs, ctx) -> account(rs)).list()));
    }

    @Override
    public Optional<Account> create(String name, String nameKey, Role role, String passwordHash, Instant at,
                                    String actor) {
        return Reach.call(() -> jdbi.inTransaction(h -> {
            boolean taken = h.createQuery("SELECT COUNT(*) FROM account WHERE name_key = :key").bind("key", nameKey)
                    .mapTo(Long.class).one() > 0;
            if (taken) {
                return Optional.<Account>empty();
            }
            long id = h.createUpdate("INSERT INTO account (name, name_key, role, password_hash, created_at) "
                            + "VALUES (:name, :key, :role, :hash, :at)")
                    .bind("name", name).bind("key", nameKey).bind("role", role.code()).bind("hash", passwordHash)
                    .bind("at", at(at)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            event(h, id, "created", role.code(), at, actor);
            return Optional.of(new Account(id, name, role, at, false));
        }));
    }

    private static void event(Handle h, long accountId, String action, String detail, Instant at, String actor) {
        h.createUpdate("INSERT INTO account_event (account_id, action, detail, at, actor) "
                        + "VALUES (:account, :action, :detail, :at, :actor)")
                .bind("account", accountId).bind("action", action).bind("detail", detail).bind("at", at(at))
                .bind("actor", actor).execute();
    }

    @Override
    public void setRole(long accountId, Role role, Instant at, String actor) {
        Reach.run(() -> jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE account SET role = :role WHERE id = :id").bind("role", role.code())
                    .bind("id", accountId).execute();
            event(h, accountId, "role", role.code(), at, actor);
        }));
    }

    @Override
    public void setDisabled(long accountId, boolean disabled, Instant at, String actor) {
        Reach.run(() -> jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE account SET disabled = :disabled WHERE id = :id").bind("disabled", disabled)
                    .bind("id", accountId).execute();
            event(h, accountId, disabled ? "disabled" : "enabled", null, at, actor);
        }));
    }

    @Override
    public void createSession(String idDigest, long accountId, String csrf, Instant createdAt, Instant expiresAt) {
        Reach.run(() -> jdbi.useHandle(h ->
                h.createUpdate("INSERT INTO account_session (id_digest, account_id, csrf, created_at, "
                        + "expires_at) VALUES (:id, :account, :csrf, :created, :expires)")
                .bind("id", idDigest).bind("account", accountId).bind("csrf", csrf).bind("created", at(createdAt))
                .bind("expires", at(expiresAt)).execute()));
    }

    @Override
    public Optional<SessionRecord> session(String idDigest) {
        return Reach.call(() -> jdbi.withHandle(h ->
                h.createQuery("SELECT " + ACCOUNT + ", s.csrf, s.expires_at FROM account_session s "
                        + "JOIN account a ON a.id = s.account_id WHERE s.id_digest = :id").bind("id", idDigest)
                .map((rs, ctx) -> new SessionRecord(account(rs), rs.getString("csrf"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant())).findOne()));
    }

    @Override
    public void deleteSession(String idDigest) {
        Reach.run(() -> jdbi.useHandle(h -> h.createUpdate("DELETE FROM account_session WHERE id_digest = :id")
                .bind("id", idDigest).execute()));
    }

    @Override
    public void deleteSessionsOf(long accountId) {
        Reach.run(() -> jdbi.useHandle(h -> h.createUpdate("DELETE FROM account_session WHERE account_id = :account")
                .bind("account", accountId).execute()));
    }

    @Override
    public long createToken(long accountId, String label, String tokenDigest, Set<Scope> scopes, Instant at) {
        return Reach.call(() -> jdbi.withHandle(h ->
                h.createUpdate("INSERT INTO api_token (account_id, label, token_digest, scopes, "
                        + "created_at) VALUES (:account, :label, :digest, :scopes, :at)")
                .bind("account", accountId).bind("label", label).bind("digest", tokenDigest)
                .bind("scopes", scopes.stream().map(Scope::code).sorted().collect(Collectors.joining(" ")))
                .bind("at", at(at)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
    }

    private static final String TOKEN = "SELECT t.id AS token_id, t.label, t.scopes, t.created_at AS token_created, "
            + "t.revoked, " + ACCOUNT + " FROM api_token t JOIN account a ON a.id = t.account_id ";

    private static TokenRecord token(ResultSet rs) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(rs.getString("scopes").split(" ")).map(Scope::parse).flatMap(Optional::stream)
                .forEach(scopes::add);
        return new TokenRecord(rs.getLong("token_id"), account(rs), rs.getString("label"), scopes,
                rs.getObject("token_created", OffsetDateTime.class).toInstant(), rs.getBoolean("revoked"));
    }

    @Override
    public Optional<TokenRecord> token(String tokenDigest) {
        return Reach.call(() -> jdbi.withHandle(h -> h.createQuery(TOKEN + "WHERE t.token_digest = :digest")
                .bind("digest", tokenDigest).map((rs, ctx) -> token(rs)).findOne()));
    }

    @Override
    public List<TokenRecord> tokensOf(long accountId) {
        return Reach.call(() -> jdbi.withHandle(h ->
                h.createQuery(TOKEN + "WHERE t.account_id = :account ORDER BY t.id")
                .bind("account", accountId).map((rs, ctx) -> token(rs)).list()));
    }

    @Override
    public boolean revokeToken(long tokenId, long accountId) {
        return Reach.call(() -> jdbi.withHandle(h ->
                h.createUpdate("UPDATE api_token SET revoked = TRUE WHERE id = :id "
                + "AND account_id = :account").bind("id", tokenId).bind("account", accountId).execute() > 0));
    }
}
