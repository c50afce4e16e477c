package org.pobratim.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;

/** Reads and checks data files against the current atlas: a change set, or every problem found. */
public final class BundleLoader {
    private BundleLoader() {
    }

    /** @throws InputRejected with every problem, when there is any */
    public static ChangeSet load(Path path, Atlas known) {
        BundleReader.BundleReading reading = BundleReader.read(path);
        List<Problem> problems = new ArrayList<>(reading.problems());
        problems.addAll(BundleCheck.check(reading.bundle(), known));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return reading.bundle().toChangeSet();
    }
}
