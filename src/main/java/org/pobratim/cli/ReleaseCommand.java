package org.pobratim.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pobratim.app.Pobratim;
import org.pobratim.atlas.Atlas;
import org.pobratim.export.ExportFormat;
import org.pobratim.export.ExportRefused;
import org.pobratim.export.Notice;
import org.pobratim.export.Selection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A release: every export of the whole atlas in a dated folder {@code DIR/pobratim-YYYY-MM-DD/}, with the NOTICE of
 * licences and attribution and {@code SHA256SUMS} (as {@code sha256sum -c} reads it), and {@code DIR/LATEST} naming
 * the newest folder. Written beside and then moved into place, so that a folder either is whole or is not there.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Write a dated, checksummed set of every export (DIR/pobratim-YYYY-MM-DD/: the files, NOTICE, "
                + "SHA256SUMS) and DIR/LATEST naming it.")
final class ReleaseCommand implements Callable<Integer> {
    static final String LATEST = "LATEST";
    static final String SUMS = "SHA256SUMS";

    @Parameters(index = "0", paramLabel = "DIR", description = "the folder releases are kept in")
    Path dir;

    @Option(names = "--date", description = "the release's date, YYYY-MM-DD (default: today, UTC)")
    LocalDate date;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        String day = (date != null ? date : LocalDate.now(ZoneOffset.UTC)).toString();
        String name = "pobratim-" + day;
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
            System.err.println("DIR: " + target + " exists already; a release is never overwritten (remove it, or "
                    + "give another --date)");
            return 2;
        }
        Atlas atlas;
        try (Pobratim app = Pobratim.open(store.config())) {
            atlas = app.atlas().current();
        }
        Selection all = Selection.all(atlas);
        Map<String, String> files = new LinkedHashMap<>();
        List<String> left = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            StringWriter out = new StringWriter();
            try {
                format.write(all, day, out);
            } catch (ExportRefused e) {
                left.add(format.fileName() + " (" + e.getMessage() + ")");
                continue;
            }
            files.put(format.fileName(), out.toString());
        }
        files.put("NOTICE", Notice.text(atlas.version(), day));
        Files.createDirectories(dir);
        Path partial = Files.createTempDirectory(dir, "." + name + "-");
        try {
            StringBuilder sums = new StringBuilder();
            for (Map.Entry<String, String> file : files.entrySet()) {
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                Files.write(partial.resolve(file.getKey()), bytes);
                sums.append(sha256(bytes)).append("  ").append(file.getKey()).append('\n');
            }
            Files.writeString(partial.resolve(SUMS), sums.toString());
            readableByAll(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(partial)) { // not moved into place: leave nothing half-written
                try (var written = Files.list(partial)) {
                    for (Path p : written.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(partial);
            }
        }
        Path latest = Files.writeString(dir.resolve("." + LATEST), name + "\n");
        Files.move(latest, dir.resolve(LATEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.err.printf("released %s: %d files, atlas version %d, %d ties, %d cities%n", target, files.size() + 1,
                atlas.version(), all.ties().size(), all.cities().size());
        left.forEach(l -> System.err.println("left out " + l));
        return 0;
    }

    /** A temporary folder is the owner's only; a release is to be served and copied. */
    private static void readableByAll(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own defaults stand
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
