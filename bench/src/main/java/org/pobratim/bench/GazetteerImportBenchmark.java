package org.pobratim.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pobratim.app.Pobratim;
import org.pobratim.ingest.GazetteerImport;
import org.pobratim.store.DatabaseConfig;

/**
 * Importing cities1000 into a fresh H2 file store, from the dump to searchable: streamed write in one transaction,
 * the in-memory gazetteer, the Lucene index and the rest of the read snapshot. One shot per iteration; the median of the iterations is the figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class GazetteerImportBenchmark {
    @Benchmark
    public int importAndIndex() throws Exception {
        Path dir = BenchAtlas.emptyStore();
        try (Pobratim app = Pobratim.open(DatabaseConfig.h2File(dir))) {
            GazetteerImport.run(app.gazetteer(), BenchData.cities1000().toString(), "bench", (read, total) -> { });
            return app.reads().get().gazetteer().size();
        } finally {
            BenchAtlas.delete(dir);
        }
    }
}
