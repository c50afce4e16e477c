package org.pobratim.web;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The server's Prometheus metrics (docs/operations.md): requests by route, method, status and how they were answered
 * (from a kept answer or by the route), with latency histograms; the kept answers' cache; snapshot builds; imports and
 * atlas writes; the JVM. One instance per server; {@link #scrape} is the text the {@code /metrics} route answers.
 */
public final class ServerMetrics {
    /** Latency buckets, from a kept answer's fraction of a millisecond to a slow page. */
    private static final Duration[] BUCKETS = {Duration.ofNanos(250_000), Duration.ofNanos(500_000),
        Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private static final java.util.Set<String> METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE",
            "PATCH", "OPTIONS");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Timer> requests = new ConcurrentHashMap<>();
    private final Timer snapshotBuilds;
    private final Counter importsApplied;
    private final Counter importsRefused;
    private final Counter atlasWrites;

    public ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        snapshotBuilds = Timer.builder("pobratim.snapshot.build").description("building a read snapshot")
                .serviceLevelObjectives(BUCKETS).register(registry);
        importsApplied = Counter.builder("pobratim.imports").tag("outcome", "applied")
                .description("imports of data files through the server").register(registry);
        importsRefused = Counter.builder("pobratim.imports").tag("outcome", "refused")
                .description("imports of data files through the server").register(registry);
        atlasWrites = Counter.builder("pobratim.atlas.changes")
                .description("new atlas versions taken in (writes here and by other servers)")
                .register(registry);
    }

    /** A request answered: {@code route} is its path pattern, {@code how} {@code prepared} or {@code routed}. */
    public void request(String route, String requestMethod, int status, String how, long nanos) {
        String method = METHODS.contains(requestMethod) ? requestMethod : "other";
        String key = route + ' ' + method + ' ' + status + ' ' + how;
        Timer timer = requests.get(key);
        if (timer == null) {
            timer = requests.computeIfAbsent(key, k -> Timer.builder("pobratim.http.requests")
                    .description("HTTP requests by route pattern, method, status and how they were answered")
                    .tag("route", route).tag("method", method).tag("status", Integer.toString(status))
                    .tag("answered", how).serviceLevelObjectives(BUCKETS).register(registry));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void snapshotBuilt(long nanos) {
        snapshotBuilds.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void imported(boolean applied) {
        (applied ? importsApplied : importsRefused).increment();
    }

    /** A new atlas version was taken in: a write here, or one another server made (issue 14's LISTEN/NOTIFY). */
    public void atlasChanged() {
        atlasWrites.increment();
    }

    /** Hits, misses, evictions and size of the kept answers. */
    public void cache(Cache<?, ?> cache) {
        CaffeineCacheMetrics.monitor(registry, cache, "prepared-responses");
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }
}
