package org.pobratim.web.api;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Coded;
import org.pobratim.export.ExportFormat;
import org.pobratim.export.ExportRefused;
import org.pobratim.export.Selection;
import org.pobratim.read.Snapshot;
import org.pobratim.web.ApiException;
import org.pobratim.web.QueryParams;
import org.pobratim.web.ReadRoutes;

/**
 * {@code GET /api/v1/export/{format}}: the ties the ties list's filters select (all of them without a filter) in one
 * of the open-data formats ({@link ExportFormat}), sent as a file of that format's media type and name — what
 * {@code pobratim export --format} writes.
 */
public final class ExportRoutes {
    public static final String PATH = ApiRoutes.BASE + "/export/{format}";

    private final Supplier<Snapshot> reads;

    public ExportRoutes(Supplier<Snapshot> reads) {
        this.reads = reads;
    }

    public void register(ReadRoutes routes) {
        routes.get(PATH, this::export);
    }

    private void export(Context ctx) {
        String code = ctx.pathParam("format");
        ExportFormat format = Coded.parse(ExportFormat.class, code).orElseThrow(() -> ApiException.notFound(
                "no export format '" + code + "'; the formats are " + Coded.choices(ExportFormat.class)));
        QueryParams q = new QueryParams(ctx, ApiRoutes.withFilters());
        Atlas atlas = reads.get().atlas();
        Selection selection = Selection.of(atlas, q.ties(atlas));
        StringWriter out = new StringWriter();
        // the date the export states is the day it was made: a kept answer was made from this snapshot, on that day
        try {
            format.write(selection, LocalDate.now(ZoneOffset.UTC).toString(), out);
        } catch (ExportRefused e) {
            throw ApiException.of(409, "Conflict", e.getMessage(), null);
        }
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
        ctx.result(out.toString());
    }
}
