package org.pobratim.web.pages;

import java.util.Arrays;
import java.util.List;
import org.pobratim.export.ExportFormat;
import org.pobratim.web.api.ApiDocs;
import org.pobratim.web.api.OpenApi;

/**
 * The downloads page: every export format of the whole atlas, each a link to {@code /api/v1/export/<format>} (made
 * from the atlas as it is when asked: always the latest), what opens it, and where the API is described.
 */
final class DownloadsModel {
    private DownloadsModel() {
    }

    static Views.DownloadsPage build(PageParts parts) {
        PageText text = parts.text;
        List<Views.DownloadRow> rows = Arrays.stream(ExportFormat.values())
                .map(f -> new Views.DownloadRow(f.code(), f.fileName(), "/api/v1/export/" + f.code(),
                        text.t(formatKey(f))))
                .toList();
        return new Views.DownloadsPage(parts.chrome(text.t("downloads.title"), text.t("downloads.description"),
                "/downloads"), rows, text.t("downloads.intro", parts.atlas.version()),
                "/api/v1/export/csv?country=RS&partnerCountry=NO", OpenApi.PATH, ApiDocs.PATH);
    }

    /** The message that says what a format is and what opens it. */
    static String formatKey(ExportFormat format) {
        return "downloads.format." + format.code();
    }
}
