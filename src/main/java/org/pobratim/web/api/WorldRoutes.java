package org.pobratim.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ImportFinding;
import org.pobratim.read.Snapshot;
import org.pobratim.web.JsonResponses;
import org.pobratim.web.QueryParams;
import org.pobratim.web.ReadRoutes;

/**
 * What the world import could not take in: {@code GET /api/v1/world/unplaced} (the names that need placing, with
 * the candidates the resolver weighed) and {@code GET /api/v1/world/one-sided} (Wikidata statements made on one side
 * only). Both take {@code source} (a list's source id), {@code q} (part of the name or country), offset and limit.
 */
public final class WorldRoutes {
    private static final String BASE = "/api/v1/world";
    private final Supplier<Snapshot> reads;

    public WorldRoutes(Supplier<Snapshot> reads) {
        this.reads = reads;
    }

    public void register(ReadRoutes routes) {
        routes.get(BASE + "/unplaced", ctx -> findings(ctx, ImportFinding.Kind.UNPLACED));
        routes.get(BASE + "/one-sided", ctx -> findings(ctx, ImportFinding.Kind.ONE_SIDED));
    }

    /** A finding as the API shows it. */
    record FindingView(String source, String file, long line, String name, String country, String reason,
                       List<String> candidates) {
        static FindingView of(ImportFinding f) {
            return new FindingView(f.source(), f.file(), f.line(), f.subject(), f.country(), f.reason(),
                    f.candidates());
        }
    }

    private void findings(Context ctx, ImportFinding.Kind kind) {
        QueryParams q = new QueryParams(ctx, Set.of("source", "q", "offset", "limit"));
        Atlas a = reads.get().atlas();
        JsonResponses.send(ctx, ApiViews.PageView.of(a.findFindings(kind, q.text("source"), q.text("q"), q.offset(),
                q.limit()), FindingView::of));
    }
}
