package org.pobratim.web.pages;

import java.util.Arrays;

/**
 * The atlas's own error pages, in the language the path asks for: an unknown page (404), a bad query parameter or
 * address (400), a method a page does not answer (405), an address or headers too long (414, 431), and a failure
 * of the server (500). Anything the request carried is echoed shortened and escaped.
 */
public final class ErrorPages {
    /** Echoed paths and values are cut to this many characters. */
    private static final int SHOWN = 100;

    private final Messages messages;
    private final PageRenderer renderer;
    private final PageOptions options;

    ErrorPages(Messages messages, PageRenderer renderer, PageOptions options) {
        this.messages = messages;
        this.renderer = renderer;
        this.options = options;
    }

    /** The language a path starts with, English when it starts with none. */
    static Lang languageOf(String path) {
        String first = path != null && path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        return Lang.fromTag(first).orElse(Lang.EN);
    }

    /** The page for an error status; {@code detail} says more where the status alone does not (may be null). */
    public String html(String path, int status, String detail) {
        Lang lang = languageOf(path);
        PageText text = new PageText(lang, messages);
        String shownPath = SearchModel.shorten(path == null ? "" : path, SHOWN);
        String title;
        String what;
        switch (status) {
            case 404 -> {
                title = text.t("notFound.title");
                what = text.t("notFound.text", shownPath);
            }
            case 405 -> {
                title = text.t("error.methodNotAllowed.title");
                what = text.t("error.methodNotAllowed.text", detail);
            }
            case 414 -> {
                title = text.t("error.uriTooLong.title");
                what = text.t("error.uriTooLong.text");
            }
            case 431 -> {
                title = text.t("error.headersTooLarge.title");
                what = text.t("error.headersTooLarge.text");
            }
            case 400 -> {
                title = text.t("error.badRequest.title");
                what = detail != null ? detail : text.t("error.badAddress", shownPath);
            }
            case 503 -> {
                title = text.t("error.unavailable.title");
                what = text.t("error.unavailable.text");
            }
            default -> {
                title = text.t("error.server.title");
                what = text.t("error.server.text");
            }
        }
        return page(text, title, what);
    }

    /** The 400 page of a query parameter the page cannot understand, in the page's language. */
    String badParameter(String path, BadPageParameter e) {
        PageText text = new PageText(languageOf(path), messages);
        Object[] arguments = Arrays.stream(e.arguments()).map(a -> a instanceof String s ? SearchModel.shorten(s, SHOWN)
                : a).toArray();
        return page(text, text.t("error.badRequest.title"), text.t(e.key(), arguments));
    }

    private String page(PageText text, String title, String what) {
        Views.Chrome chrome = new Views.Chrome(text, title, what, "/", options.tileUrl(), options.tileAttribution());
        return renderer.render("notfound.jte", new Views.NotFoundPage(chrome, what));
    }

    /** The policy error pages are sent with: the pages' own. */
    public String contentSecurityPolicy() {
        return renderer.contentSecurityPolicy();
    }
}
