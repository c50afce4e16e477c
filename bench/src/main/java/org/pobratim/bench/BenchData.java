package org.pobratim.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmarks find their inputs: cities1000 (scripts/fetch-cities1000.sh) and the bundled data. */
final class BenchData {
    private BenchData() {
    }

    static Path cities1000() {
        Path file = Path.of(System.getProperty("pobratim.cities1000", "target/datasets/cities1000.txt"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file.toAbsolutePath() + ": run scripts/fetch-cities1000.sh");
        }
        return file;
    }

    static Path bundledData() {
        return Path.of(System.getProperty("pobratim.data", "data"));
    }
}
