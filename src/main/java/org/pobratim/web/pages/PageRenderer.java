package org.pobratim.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the JTE templates (precompiled into this package) and sends a page with the headers every page has: its
 * language and the Content-Security-Policy that keeps every request on this server (or a configured tile server).
 */
final class PageRenderer {
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            PageRenderer.class.getPackageName());
    private final String contentSecurityPolicy;

    PageRenderer(PageOptions options) {
        this.contentSecurityPolicy = options.contentSecurityPolicy();
    }

    String render(String template, Object view) {
        StringOutput output = new StringOutput(16 * 1024);
        templates.render(template, view, output);
        return output.toString();
    }

    void send(Context ctx, Lang lang, String template, Object view) {
        String html = render(template, view);
        headers(ctx, lang);
        ctx.html(html);
    }

    void headers(Context ctx, Lang lang) {
        ctx.header("Content-Security-Policy", contentSecurityPolicy);
        ctx.header("Content-Language", lang.tag());
    }

    String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }
}
