package org.pobratim.web.pages;

import io.javalin.http.Context;
import java.util.Optional;
import org.pobratim.account.Accounts;
import org.pobratim.account.Role;
import org.pobratim.web.auth.Auth;

/**
 * What the pages of accounts and of curation share: a page in the language of its path that is never cached, the
 * check of who is signed in (and of a changing form's CSRF token), a page that says one thing, and the redirect
 * after a POST.
 */
final class SignedInPages {
    final Auth auth;
    private final PageOptions options;
    private final PageRenderer renderer;
    private final Messages messages = Messages.bundled();

    SignedInPages(Auth auth, PageOptions options) {
        this.auth = auth;
        this.options = options;
        this.renderer = new PageRenderer(options);
    }

    interface Handler {
        void handle(PageText text);
    }

    interface SessionHandler {
        void handle(Accounts.Session session);
    }

    void page(Context ctx, Handler handler) {
        Optional<Lang> lang = Lang.fromTag(ctx.pathParam("lang"));
        ctx.header("Cache-Control", "no-store");
        if (lang.isEmpty() || !lang.get().tag().equals(ctx.pathParam("lang"))) {
            notice(ctx, new PageText(lang.orElse(Lang.EN), messages), 404, "account.notFound");
            return;
        }
        handler.handle(new PageText(lang.get(), messages));
    }

    /**
     * Runs {@code then} for a signed-in account of at least {@code role}: without a session a page leads to the
     * login form and a changing request is refused (401); a lesser role is refused (403), as is a changing form
     * without its session's CSRF token.
     */
    void signedIn(Context ctx, PageText text, boolean changes, Role role, SessionHandler then) {
        Optional<Accounts.Session> session = auth.session(ctx);
        if (session.isEmpty()) {
            if (changes) {
                notice(ctx, text, 401, "account.signInFirst");
            } else {
                redirect(ctx, text, "/login");
            }
            return;
        }
        if (changes && !Auth.csrfMatches(ctx, session.get())) {
            notice(ctx, text, 403, "account.csrf");
            return;
        }
        if (role != null && !session.get().account().role().includes(role)) {
            notice(ctx, text, 403, "account.forbidden");
            return;
        }
        then.handle(session.get());
    }

    Views.Chrome chrome(PageText text, String titleKey, String path) {
        return new Views.Chrome(text, text.t(titleKey), text.t(titleKey), path, options.tileUrl(),
                options.tileAttribution());
    }


    void notice(Context ctx, PageText text, int status, String key) {
        notice(ctx, text, status, key, text.t(key));
    }

    /** A page that says one thing, titled by {@code key}'s title, with its status. */
    void notice(Context ctx, PageText text, int status, String key, String message) {
        ctx.status(status);
        renderer.send(ctx, text.lang(), "notice.jte", new Views.NoticePage(chrome(text, key + ".title", ""),
                message));
    }

    void send(Context ctx, PageText text, String template, Object view) {
        renderer.send(ctx, text.lang(), template, view);
    }

    /** 303: after a POST, the browser GETs the next page. */
    static void redirect(Context ctx, PageText text, String path) {
        ctx.status(303).header("Location", text.href(path));
        ctx.res().setContentType(null);
        ctx.result("");
    }

    /** A whole number from a path or form parameter; empty when it is missing or not one. */
    static Optional<Long> number(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
