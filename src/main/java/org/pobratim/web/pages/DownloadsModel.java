package org.pobratim.web.pages;

import java.util.Arrays;
import java.util.List;
import org.pobratim.export.ExportFormat;
import org.pobratim.web.api.ApiDocs;
import org.pobratim.web.api.OpenApi;

/**
 * The downloads page: every export format of the whole atlas, each a link to {@code /api/v1/export/<format>} (made
 * from the atlas as it is when asked), what opens it, where the API is described, and — when the server has a
 * releases folder — the latest dated release's files with their SHA-256 checksums.
 */
final class DownloadsModel {
    private DownloadsModel() {
    }

    static Views.DownloadsPage build(PageParts parts, java.util.Optional<Releases.Latest> latest) {
        PageText text = parts.text;
        List<Views.DownloadRow> rows = Arrays.stream(ExportFormat.values())
                .map(f -> new Views.DownloadRow(f.code(), f.fileName(), "/api/v1/export/" + f.code(),
                        text.t(formatKey(f))))
                .toList();
        return new Views.DownloadsPage(parts.chrome(text.t("downloads.title"), text.t("downloads.description"),
                "/downloads"), rows, text.t("downloads.intro", parts.atlas.version()),
                "/api/v1/export/csv?country=RS&partnerCountry=NO", OpenApi.PATH, ApiDocs.PATH,
                latest.map(Releases.Latest::name).orElse(null), latest.map(l -> l.files().stream()
                        .map(f -> new Views.ReleaseFile(f.name(), "/releases/latest/" + f.name(),
                                f.sha256() == null ? "" : f.sha256(), size(f.bytes()))).toList()).orElse(List.of()));
    }

    /** A size as people read it: 950 B, 12.3 KB, 4.7 MB. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double kb = bytes / 1000.0;
        return kb < 1000 ? String.format(java.util.Locale.ROOT, "%.1f KB", kb)
                : String.format(java.util.Locale.ROOT, "%.1f MB", kb / 1000);
    }

    /** The message that says what a format is and what opens it. */
    static String formatKey(ExportFormat format) {
        return "downloads.format." + format.code();
    }
}
