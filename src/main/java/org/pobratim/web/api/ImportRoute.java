package org.pobratim.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.pobratim.account.Accounts;
import org.pobratim.account.Scope;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;
import org.pobratim.web.ApiException;
import org.pobratim.web.JsonResponses;
import org.pobratim.web.auth.Auth;

/**
 * {@code POST /api/v1/admin/import}: data files imported through the running server, which holds the store (an
 * embedded H2 file is opened by one process at a time), so that {@code pobratim import} works while it serves. The
 * body is a zip of the files as they lie in their folder ({@code sources.yaml}, {@code cities/…}, {@code ties/…});
 * an API token with the scope {@code import} is required. All or nothing, as on the command line: any problem is a
 * 400 that lists every one of them with file (as named in the zip), line and field, and nothing is changed.
 */
public final class ImportRoute {
    /** What an import needs of the store: apply the files of a folder as one change by {@code actor}. */
    public interface Importer {
        Result run(Path folder, String actor);
    }

    /** What an import did, and the snapshot version after it. */
    public record Result(int created, int updated, int unchanged, long version) {
    }

    static final long MAX_ZIP = 256L * 1024 * 1024;
    static final long MAX_UNPACKED = 1024L * 1024 * 1024;
    static final int MAX_FILES = 20_000;

    private final Auth auth;
    private final Importer importer;

    public ImportRoute(Auth auth, Importer importer) {
        this.auth = auth;
        this.importer = importer;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/admin/import", this::handle);
    }

    private void handle(Context ctx) throws IOException {
        Accounts.Grant grant = auth.bearer(ctx).orElseThrow(() -> ApiException.unauthorized(
                "send an API token with the scope 'import': Authorization: Bearer pbt_…"));
        if (!grant.allows(Scope.IMPORT)) {
            throw ApiException.forbidden("this token does not have the scope 'import'");
        }
        String name = ctx.queryParam("name") == null ? "upload" : ctx.queryParam("name");
        if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.of(400, "Bad Request", "name: at most 100 characters, no control characters", "name");
        }
        Path folder = Files.createTempDirectory("pobratim-import-");
        try {
            unpack(ctx.bodyInputStream(), folder);
            Result result;
            try {
                result = importer.run(folder, "import:" + name + " by " + grant.account().name());
            } catch (InputRejected e) {
                throw ApiException.of(400, "Bad Request", e.problems().size() + " problem(s), nothing imported: "
                        + e.problems().stream().map(p -> relative(p, folder).toString())
                        .collect(Collectors.joining("; ")), "body");
            }
            JsonResponses.send(ctx, result);
        } finally {
            delete(folder);
        }
    }

    /** The problem with its file named as in the zip, not as the server's temporary folder. */
    private static Problem relative(Problem p, Path folder) {
        String prefix = folder.toString() + java.io.File.separator;
        String file = p.file().startsWith(prefix) ? p.file().substring(prefix.length()) : p.file();
        return new Problem(file.replace(java.io.File.separatorChar, '/'), p.line(), p.field(), p.message());
    }

    /** Unpacks the zip's .yaml files into {@code folder}; an entry that would leave it, or too much, is a 400. */
    static void unpack(InputStream body, Path folder) throws IOException {
        long unpacked = 0;
        int files = 0;
        try (ZipInputStream zip = new ZipInputStream(new Bounded(body, MAX_ZIP))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (entry.isDirectory() || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    continue;
                }
                Path target = folder.resolve(name).normalize();
                if (!target.startsWith(folder) || name.startsWith("/") || name.contains("\\")) {
                    throw bad("the zip entry '" + name + "' lies outside its folder");
                }
                if (++files > MAX_FILES) {
                    throw bad("the zip holds more than " + MAX_FILES + " data files");
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = zip.read(buffer)) > 0; ) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED) {
                            throw bad("the zip unpacks to more than " + MAX_UNPACKED + " bytes");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw bad("is not a readable zip: " + e.getMessage());
        } catch (TooLarge e) {
            throw ApiException.of(413, "Content Too Large", "the body has more than " + MAX_ZIP + " bytes", "body");
        }
        if (files == 0) {
            throw bad("the zip holds no .yaml data files (sources.yaml, cities/*.yaml, ties/*.yaml)");
        }
    }

    private static ApiException bad(String detail) {
        return ApiException.of(400, "Bad Request", "body: " + detail, "body");
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class TooLarge extends IOException {
    }

    /** A body read up to a limit; past it, {@link TooLarge}. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new TooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new TooLarge();
            }
            return n;
        }
    }
}
