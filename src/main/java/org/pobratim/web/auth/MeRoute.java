package org.pobratim.web.auth;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.pobratim.account.Accounts;
import org.pobratim.account.Scope;
import org.pobratim.web.ApiException;
import org.pobratim.web.JsonResponses;
import org.pobratim.web.ReadRoutes;

/**
 * {@code GET /api/v1/me}: who the request is — by its API token, else by its session cookie — and what it may do;
 * 401 without either. Never echoes a secret.
 */
public final class MeRoute {
    private final Auth auth;

    public MeRoute(Auth auth) {
        this.auth = auth;
    }

    public void register(ReadRoutes routes) {
        routes.live("/api/v1/me", this::me);
    }

    public record MeView(String name, String role, String via, List<String> scopes) {
    }

    private void me(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Optional<Accounts.Grant> grant = auth.bearer(ctx);
        if (grant.isPresent()) {
            JsonResponses.send(ctx, new MeView(grant.get().account().name(), grant.get().account().role().code(),
                    "token", grant.get().scopes().stream().filter(grant.get()::allows).map(Scope::code).sorted()
                            .toList()));
            return;
        }
        if (ctx.header("Authorization") != null) {
            throw ApiException.unauthorized("the token is unknown, revoked, or of a disabled account");
        }
        Accounts.Session session = auth.session(ctx).orElseThrow(() ->
                ApiException.unauthorized("send an API token (Authorization: Bearer pbt_…) or log in"));
        JsonResponses.send(ctx, new MeView(session.account().name(), session.account().role().code(), "session",
                Scope.allowedFor(session.account().role()).stream().map(Scope::code).sorted().toList()));
    }
}
