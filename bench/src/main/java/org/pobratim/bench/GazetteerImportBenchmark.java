package org.pobratim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.pobratim.atlas.Atlas;
import org.pobratim.ingest.GazetteerImport;
import org.pobratim.search.NameSearch;
import org.pobratim.store.Database;
import org.pobratim.store.DatabaseConfig;
import org.pobratim.store.GazetteerService;

/**
 * Importing cities1000 into a fresh H2 file store, from the dump to searchable: streamed write in one transaction,
 * the in-memory gazetteer, and the Lucene index. One shot per iteration; the median of the iterations is the figure.
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
        Path dir = Files.createTempDirectory("pobratim-bench");
        try (Database database = Database.open(DatabaseConfig.h2File(dir))) {
            GazetteerService gazetteer = new GazetteerService(database, Clock.systemUTC());
            GazetteerImport.run(gazetteer, BenchData.cities1000().toString(), "bench", (read, total) -> { });
            new NameSearch(Atlas::empty, gazetteer::current).warmUp();
            return gazetteer.current().size();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
