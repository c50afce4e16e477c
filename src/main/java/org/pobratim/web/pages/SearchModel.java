package org.pobratim.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pobratim.search.NameSearch;
import org.pobratim.search.SearchEntry;
import org.pobratim.search.SearchHit;

/** The search page: atlas cities and gazetteer places matching a query, or why the query cannot be searched. */
final class SearchModel {
    private static final int RESULTS = 20;
    /** A query is echoed (title, heading, message) at most this long, however long it was. */
    static final int SHOWN = 100;

    private SearchModel() {
    }

    /** The page; its {@code error} is set (and the page is a 400) when the query cannot be searched. */
    static Views.SearchPage build(PageParts parts, NameSearch search, String query) {
        PageText text = parts.text;
        String shown = shorten(query, SHOWN);
        // the language switch keeps a query that can be searched, and never repeats an over-long one
        String kept = query.length() <= NameSearch.MAX_QUERY ? query : shown;
        Views.Chrome chrome = parts.chrome(text.t("search.title", shown), text.t("search.results", shown),
                "/search?q=" + URLEncoder.encode(kept, StandardCharsets.UTF_8));
        try {
            List<Views.SearchResult> results = search.search(query, RESULTS, null).stream()
                    .map(hit -> result(parts, hit)).toList();
            return new Views.SearchPage(chrome, shown, results, null);
        } catch (NameSearch.BadQuery e) {
            return new Views.SearchPage(chrome, shown, List.of(), "q: " + problem(text, e, shown));
        }
    }

    private static Views.SearchResult result(PageParts parts, SearchHit hit) {
        SearchEntry entry = hit.entry();
        boolean inAtlas = entry.kind() == SearchEntry.Kind.CITY && parts.atlas.city(entry.id()).isPresent();
        Views.Link link = inAtlas ? parts.cityLink(parts.atlas.city(entry.id()).orElseThrow())
                : new Views.Link(null, entry.name());
        return new Views.SearchResult(link, parts.text.country(entry.country()),
                parts.text.t("search.matched", hit.matchedName()), inAtlas);
    }

    private static String problem(PageText text, NameSearch.BadQuery e, String shown) {
        return switch (e.problem()) {
            case TOO_LONG -> text.t("search.error.long", e.limit());
            case NO_LETTERS -> text.t("search.error.empty", shown);
            case TOO_MANY_WORDS -> text.t("search.error.words", e.limit());
        };
    }

    /** The text cut to {@code max} characters (an ellipsis says it was cut). */
    static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
