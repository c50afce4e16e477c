package org.pobratim.web.pages;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pobratim.export.ExportFormat;

/**
 * The latest release of a releases folder ({@code pobratim release DIR}): the folder {@code LATEST} names, and the
 * files its {@code SHA256SUMS} lists, with their checksums and sizes. {@code /releases/latest/<file>} serves exactly
 * those files (and the checksums), nothing else of the disk. Read when asked: a new release shows at once.
 */
final class Releases {
    static final String PATH = "/releases/latest/{file}";
    private static final Pattern NAME = Pattern.compile("pobratim-\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SUM = Pattern.compile("([0-9a-f]{64})  ([A-Za-z0-9._-]+)");
    private static final String SUMS = "SHA256SUMS";

    /** One release's file. */
    record File(String name, String sha256, long bytes) {
    }

    /** The latest release: its name (pobratim-YYYY-MM-DD) and files. */
    record Latest(String name, List<File> files) {
    }

    private final Path dir;

    Releases(Path dir) {
        this.dir = dir;
    }

    /** The latest release, or empty when there is none (no folder configured, no LATEST, or it is not whole). */
    Optional<Latest> latest() {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            Path latest = dir.resolve("LATEST");
            if (!Files.isRegularFile(latest)) {
                return Optional.empty();
            }
            String name = Files.readString(latest).strip();
            Path folder = dir.resolve(name);
            if (!NAME.matcher(name).matches() || !Files.isRegularFile(folder.resolve(SUMS))) {
                return Optional.empty();
            }
            List<File> files = new ArrayList<>();
            for (String line : Files.readAllLines(folder.resolve(SUMS))) {
                Matcher m = SUM.matcher(line);
                if (m.matches() && Files.isRegularFile(folder.resolve(m.group(2)))) {
                    files.add(new File(m.group(2), m.group(1), Files.size(folder.resolve(m.group(2)))));
                }
            }
            files.add(new File(SUMS, null, Files.size(folder.resolve(SUMS))));
            return Optional.of(new Latest(name, files));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Sends a file of the latest release; false (nothing sent) for any other name. */
    boolean serve(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        Optional<Latest> latest = latest();
        if (latest.isEmpty() || latest.get().files().stream().noneMatch(f -> f.name().equals(file))) {
            return false;
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Content-Disposition", "attachment; filename=\"" + latest.get().name() + "-" + file + "\"");
        ctx.contentType(mediaType(file));
        InputStream in = Files.newInputStream(dir.resolve(latest.get().name()).resolve(file));
        ctx.result(in);
        return true;
    }

    private static String mediaType(String file) {
        for (ExportFormat f : ExportFormat.values()) {
            if (f.fileName().equals(file)) {
                return f.mediaType();
            }
        }
        return "text/plain; charset=utf-8";
    }
}
