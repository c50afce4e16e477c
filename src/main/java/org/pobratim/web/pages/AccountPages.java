package org.pobratim.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pobratim.account.Account;
import org.pobratim.account.AccountRecords;
import org.pobratim.account.Accounts;
import org.pobratim.account.Role;
import org.pobratim.account.Scope;
import org.pobratim.web.auth.Auth;

/**
 * Logging in and out, one's account and API tokens, and the admin's list of accounts (docs/accounts.md), in the
 * three languages. Every changing form is a POST with its CSRF token; a page of an account is never cached
 * ({@code Cache-Control: no-store}); a new token's secret is shown on the answer to the form that made it, once.
 */
public final class AccountPages {
    private final Auth auth;
    private final SignedInPages pages;

    public AccountPages(Auth auth, PageOptions options) {
        this.auth = auth;
        this.pages = new SignedInPages(auth, options);
    }

    public void register(RoutesConfig routes) {
        routes.get("/{lang}/login", ctx -> pages.page(ctx, text -> login(ctx, text, 200, null, "")));
        routes.post("/{lang}/login", ctx -> pages.page(ctx, text -> submitLogin(ctx, text)));
        routes.post("/{lang}/logout", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true, null, session -> {
            auth.ended(ctx);
            SignedInPages.redirect(ctx, text, "/");
        })));
        routes.get("/{lang}/account", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false, null,
                session -> account(ctx, text, session, 200, null, null))));
        routes.post("/{lang}/account/tokens", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true, null,
                session -> createToken(ctx, text, session))));
        routes.post("/{lang}/account/tokens/{id}/revoke", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true, null,
                session -> {
                    SignedInPages.number(ctx.pathParam("id")).ifPresent(id -> auth.accounts().revokeToken(session.account(), id));
                    SignedInPages.redirect(ctx, text, "/account");
                })));
        routes.get("/{lang}/admin/accounts", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, false, Role.ADMIN,
                session -> accounts(ctx, text, session, 200, null))));
        routes.post("/{lang}/admin/accounts", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true, Role.ADMIN,
                session -> createAccount(ctx, text, session))));
        routes.post("/{lang}/admin/accounts/{id}/role", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text, true,
                Role.ADMIN, session -> changeRole(ctx, text, session))));
        routes.post("/{lang}/admin/accounts/{id}/disabled", ctx -> pages.page(ctx, text -> pages.signedIn(ctx, text,
                true, Role.ADMIN, session -> {
                    Optional<Long> id = SignedInPages.number(ctx.pathParam("id"));
                    String wanted = ctx.formParam("disabled");
                    if (id.isEmpty() || !("true".equals(wanted) || "false".equals(wanted))) {
                        accounts(ctx, text, session, 400, "disabled: true or false");
                        return;
                    }
                    try {
                        auth.accounts().setDisabled(session.account(), id.get(), Boolean.parseBoolean(wanted));
                        SignedInPages.redirect(ctx, text, "/admin/accounts");
                    } catch (Accounts.Refused e) {
                        accounts(ctx, text, session, 400, (e.field() == null ? "" : e.field() + ": ")
                                + e.getMessage());
                    }
                })));
    }

    private void login(Context ctx, PageText text, int status, String error, String name) {
        Optional<Accounts.Session> session = auth.session(ctx);
        ctx.status(status);
        pages.send(ctx, text, "login.jte", new Views.LoginPage(pages.chrome(text, "account.login", "/login"),
                auth.loginToken(ctx), name, error, session.map(s -> s.account().name()).orElse(null)));
    }

    private void submitLogin(Context ctx, PageText text) {
        if (!auth.loginTokenMatches(ctx)) {
            pages.notice(ctx, text, 403, "account.csrf");
            return;
        }
        String name = ctx.formParam("name");
        Accounts.Login result = auth.accounts().login(name, ctx.formParam("password"), auth.address(ctx));
        if (result instanceof Accounts.LoggedIn in) {
            auth.ended(ctx); // a session the browser had before ends: the new one has a new id
            auth.started(ctx, in.session());
            SignedInPages.redirect(ctx, text, "/account");
        } else if (result instanceof Accounts.Throttled t) {
            ctx.header("Retry-After", String.valueOf(t.retryAfterSeconds()));
            login(ctx, text, 429, text.t(t.locked() ? "account.locked" : "account.slowed", t.retryAfterSeconds()),
                    name == null ? "" : name);
        } else {
            login(ctx, text, 401, text.t("account.wrong"), name == null ? "" : name);
        }
    }

    private void account(Context ctx, PageText text, Accounts.Session session, int status, String newToken,
                         String error) {
        Account account = session.account();
        List<Views.TokenRow> tokens = new ArrayList<>();
        for (AccountRecords.TokenRecord t : auth.accounts().tokens(account)) {
            tokens.add(new Views.TokenRow(t.id(), t.label(), t.scopes().stream().map(Scope::code).sorted().toList(),
                    t.createdAt().toString().substring(0, 10), t.revoked()));
        }
        ctx.status(status);
        pages.send(ctx, text, "account.jte", new Views.AccountPage(pages.chrome(text, "account.title",
                "/account"), session.csrf(), account.name(), text.t(roleKey(account.role())),
                account.role().includes(Role.ADMIN), tokens,
                Scope.allowedFor(account.role()).stream().map(Scope::code).toList(), newToken, error));
    }

    private void createToken(Context ctx, PageText text, Accounts.Session session) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String code : ctx.formParams("scope")) {
            Optional<Scope> scope = Scope.parse(code);
            if (scope.isEmpty()) {
                account(ctx, text, session, 400, null, text.t("account.badScope", code));
                return;
            }
            scopes.add(scope.get());
        }
        try {
            String secret = auth.accounts().createToken(session.account(), ctx.formParam("label"), scopes);
            account(ctx, text, session, 201, secret, null);
        } catch (Accounts.Refused e) {
            account(ctx, text, session, 400, null, e.field() + ": " + e.getMessage());
        }
    }

    private void accounts(Context ctx, PageText text, Accounts.Session session, int status, String error) {
        List<Views.AccountRow> rows = auth.accounts().all(session.account()).stream()
                .map(a -> new Views.AccountRow(a.id(), a.name(), a.role().code(), text.t(roleKey(a.role())),
                        a.createdAt().toString().substring(0, 10), a.disabled())).toList();
        List<Views.Choice> roles = java.util.Arrays.stream(Role.values())
                .map(r -> new Views.Choice(r.code(), text.t(roleKey(r)))).toList();
        ctx.status(status);
        pages.send(ctx, text, "accounts.jte", new Views.AccountsPage(pages.chrome(text, "account.admin",
                "/admin/accounts"), session.csrf(), rows, roles, error));
    }

    private void createAccount(Context ctx, PageText text, Accounts.Session session) {
        Optional<Role> role = Role.parse(ctx.formParam("role") == null ? "" : ctx.formParam("role"));
        if (role.isEmpty()) {
            accounts(ctx, text, session, 400, "role: " + text.t("account.badRole"));
            return;
        }
        try {
            auth.accounts().create(session.account(), ctx.formParam("name"), role.get(), ctx.formParam("password"));
            SignedInPages.redirect(ctx, text, "/admin/accounts");
        } catch (Accounts.Refused e) {
            accounts(ctx, text, session, 400, e.field() + ": " + e.getMessage());
        }
    }

    private void changeRole(Context ctx, PageText text, Accounts.Session session) {
        Optional<Role> role = Role.parse(ctx.formParam("role") == null ? "" : ctx.formParam("role"));
        Optional<Long> id = SignedInPages.number(ctx.pathParam("id"));
        if (role.isEmpty() || id.isEmpty()) {
            accounts(ctx, text, session, 400, "role: " + text.t("account.badRole"));
            return;
        }
        try {
            auth.accounts().changeRole(session.account(), id.get(), role.get());
            SignedInPages.redirect(ctx, text, "/admin/accounts");
        } catch (Accounts.Refused e) {
            accounts(ctx, text, session, 400, (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
        }
    }

    /** A role's name on the pages (MessagesTest checks there is one for each). */
    static String roleKey(Role role) {
        return "role." + role.code();
    }
}
