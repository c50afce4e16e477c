package org.pobratim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pobratim.search.NameSearch;

/**
 * Search latency over the bundled atlas plus all of cities1000 (138k places): a mix of exact, prefix (autocomplete),
 * diacritic-free, Cyrillic and misspelt queries. Sample-time mode gives the percentiles (p99 is the target).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SearchBenchmark {
    private static final List<String> QUERIES = List.of("Sabac", "Шабац", "Indjija", "Nis", "Ниш", "Nish", "Beograd",
            "Belgrade", "Hilerod", "Kragujevc", "kik", "novi s", "Coventry", "Springfield", "Saint-Denis", "Montana",
            "Thessaloniki", "Солун", "Frankfurt am Main", "bor");

    private BenchAtlas atlas;
    private NameSearch search;
    private int next;

    @Setup
    public void load() {
        atlas = new BenchAtlas(true);
        search = atlas.app.reads().get().search();
    }

    @TearDown
    public void close() {
        atlas.close();
    }

    @Benchmark
    public Object search() {
        String query = QUERIES.get(next++ % QUERIES.size());
        return search.search(query, 10, null);
    }
}
