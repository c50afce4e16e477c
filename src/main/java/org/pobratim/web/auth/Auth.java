package org.pobratim.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import org.pobratim.account.Accounts;
import org.pobratim.account.Secrets;

/**
 * Who is asking, over HTTP (docs/accounts.md): a session cookie ({@value #SESSION_COOKIE}: HttpOnly,
 * SameSite=Strict, Secure when the request came over TLS) or an API token ({@code Authorization: Bearer pbt_…}).
 * A session id is only ever made at login, never taken from the browser, so a planted id is worth nothing
 * (no session fixation). Every form that changes something carries its session's CSRF token; the login form, before
 * there is a session, carries the value of a cookie of its own ({@value #LOGIN_COOKIE}), which a page of another
 * site can neither read nor send (double submit with a SameSite=Strict cookie).
 */
public final class Auth {
    public static final String SESSION_COOKIE = "pobratim_session";
    public static final String LOGIN_COOKIE = "pobratim_login";
    /** The form field every changing form carries its CSRF token in. */
    public static final String CSRF_FIELD = "csrf";
    private static final String SESSION_ATTRIBUTE = "pobratim.session";

    private final Accounts accounts;
    private final boolean trustForwardedProto;

    /**
     * @param trustForwardedProto whether a reverse proxy in front says, in {@code X-Forwarded-Proto}, that the
     *                            browser's request came over TLS (then cookies are Secure)
     */
    public Auth(Accounts accounts, boolean trustForwardedProto) {
        this.accounts = accounts;
        this.trustForwardedProto = trustForwardedProto;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** The session the request's cookie names, looked up once per request. */
    public Optional<Accounts.Session> session(Context ctx) {
        Object known = ctx.attribute(SESSION_ATTRIBUTE);
        if (known instanceof Accounts.Session s) {
            return Optional.of(s);
        }
        Optional<Accounts.Session> session = accounts.session(ctx.cookie(SESSION_COOKIE));
        session.ifPresent(s -> ctx.attribute(SESSION_ATTRIBUTE, s));
        return session;
    }

    /** Sends the new session's cookie, and drops the login form's. */
    public void started(Context ctx, Accounts.Session session) {
        ctx.cookie(cookie(ctx, SESSION_COOKIE, session.id(), (int) Accounts.SESSION.toSeconds()));
        ctx.cookie(cookie(ctx, LOGIN_COOKIE, "", 0));
        ctx.attribute(SESSION_ATTRIBUTE, session);
    }

    public void ended(Context ctx) {
        accounts.logout(ctx.cookie(SESSION_COOKIE));
        ctx.cookie(cookie(ctx, SESSION_COOKIE, "", 0));
    }

    /** The login form's CSRF value: the login cookie's, made (and sent) when the browser has none. */
    public String loginToken(Context ctx) {
        String known = ctx.cookie(LOGIN_COOKIE);
        if (known != null && known.length() == 43) {
            return known;
        }
        String fresh = Secrets.next();
        ctx.cookie(cookie(ctx, LOGIN_COOKIE, fresh, 3600));
        return fresh;
    }

    /** Whether the login form came back with the value of the browser's login cookie. */
    public boolean loginTokenMatches(Context ctx) {
        String cookie = ctx.cookie(LOGIN_COOKIE);
        return cookie != null && !cookie.isEmpty() && Secrets.same(cookie, ctx.formParam(CSRF_FIELD));
    }

    /** Whether a changing form came back with its session's CSRF token. */
    public static boolean csrfMatches(Context ctx, Accounts.Session session) {
        return Secrets.same(session.csrf(), ctx.formParam(CSRF_FIELD));
    }

    /** What the request's bearer token grants, if it has one. */
    public Optional<Accounts.Grant> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return accounts.grant(header.substring(7).strip());
    }

    /**
     * The client's address, for slowing guesses: the socket's; behind the TLS proxy this server was told to trust,
     * the last address of {@code X-Forwarded-For} (the one that proxy added), or every client would share the
     * proxy's address and one guesser would slow them all. Without a trusted proxy the header is ignored: a client
     * could write anything there.
     */
    public String address(Context ctx) {
        String forwarded = trustForwardedProto ? ctx.header("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return last;
            }
        }
        return ctx.req().getRemoteAddr();
    }

    private Cookie cookie(Context ctx, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(secure(ctx));
        return cookie;
    }

    private boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || trustForwardedProto && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
