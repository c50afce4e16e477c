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
import org.pobratim.atlas.City;

/**
 * Time to answer a page over loopback HTTP, gzip included, as a browser asks for it: every city page of a Serbian
 * unit in turn (Belgrade, with the most ties, among them), and the home map with all ties. Sample-time mode gives
 * percentiles; the target is p99 under 10 ms for a city page. The client's share of the time is counted too, so
 * the server's own render time is lower than these figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PageBenchmark {
    private BenchServer server;
    private List<String> cityPages;
    private int next;

    @Setup
    public void start() {
        server = new BenchServer();
        cityPages = server.atlas.cities().values().stream().filter(c -> c.admin() != null).map(City::id)
                .map(id -> "/en/city/" + id).toList();
    }

    @TearDown
    public void stop() {
        server.close();
    }

    @Benchmark
    public Object cityPage() throws Exception {
        return server.get(cityPages.get(next++ % cityPages.size())).body();
    }

    @Benchmark
    public Object homePage() throws Exception {
        return server.get("/en/").body();
    }
}
