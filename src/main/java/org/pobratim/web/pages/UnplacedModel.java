package org.pobratim.web.pages;

import java.util.List;
import org.pobratim.atlas.ImportFinding;
import org.pobratim.atlas.Page;
import org.pobratim.atlas.Source;

/**
 * The "needs placing" page: names the world import could not place on the map, with why and the candidates it
 * weighed, a page of {@link #PAGE_SIZE} at a time, filtered by part of a name or country.
 */
final class UnplacedModel {
    static final int PAGE_SIZE = 100;

    private UnplacedModel() {
    }

    static Views.UnplacedPage build(PageParts parts, String query, int page) {
        PageText text = parts.text;
        Page<ImportFinding> found = parts.atlas.findFindings(ImportFinding.Kind.UNPLACED, null, query,
                (page - 1) * PAGE_SIZE, PAGE_SIZE);
        List<Views.UnplacedRow> rows = found.items().stream().map(f -> new Views.UnplacedRow(f.subject(),
                f.country() == null ? "" : f.country(), f.reason(), String.join("; ", f.candidates()),
                listName(parts, f.source()), f.line())).toList();
        int pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String base = "/unplaced?" + (query == null || query.isBlank() ? ""
                : "q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8) + "&") + "page=";
        return new Views.UnplacedPage(parts.chrome(text.t("unplaced.title"), text.t("unplaced.description"),
                "/unplaced"), query == null ? "" : query, rows, text.t("unplaced.count", found.total()),
                page > 1 ? text.href(base + (page - 1)) : null, page < pages ? text.href(base + (page + 1)) : null,
                text.t("unplaced.page", page, pages));
    }

    private static String listName(PageParts parts, String sourceId) {
        Source source = parts.atlas.sources().get(sourceId);
        return source == null ? sourceId : source.title();
    }
}
