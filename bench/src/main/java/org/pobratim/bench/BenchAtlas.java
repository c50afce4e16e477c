package org.pobratim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.pobratim.app.Pobratim;
import org.pobratim.ingest.BundleImport;
import org.pobratim.ingest.GazetteerImport;
import org.pobratim.store.DatabaseConfig;

/**
 * The atlas as the benchmarks run it, put together by {@link Pobratim} like the real one: a fresh H2 store in a
 * temporary folder, seeded from the bundled data, with cities1000 as its gazetteer when asked. Closing it deletes
 * the folder.
 */
final class BenchAtlas implements AutoCloseable {
    final Pobratim app;
    private final Path dir;

    BenchAtlas(boolean cities1000) {
        try {
            dir = Files.createTempDirectory("pobratim-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app = Pobratim.open(DatabaseConfig.h2File(dir));
        BundleImport.run(app.atlas(), BenchData.bundledData(), "bench");
        if (cities1000) {
            GazetteerImport.run(app.gazetteer(), BenchData.cities1000().toString(), "bench", (read, total) -> { });
        }
    }

    /** An empty store: nothing imported. */
    static Path emptyStore() throws IOException {
        return Files.createTempDirectory("pobratim-bench");
    }

    static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.close();
        delete(dir);
    }
}
