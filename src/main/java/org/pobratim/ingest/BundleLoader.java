package org.pobratim.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.Tie;

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
        ChangeSet changes = reading.bundle().toChangeSet();
        return new ChangeSet(changes.sources(), changes.cities(), changes.ties().stream()
                .map(t -> withKnownListings(t, known)).toList());
    }

    /**
     * The data files do not hold listings (what Wikidata or a list of pairs says belongs to the list import that
     * brought it), so a curated tie keeps the listings the store has for it: importing an export changes nothing.
     */
    private static Tie withKnownListings(Tie tie, Atlas known) {
        return known.tie(tie.id()).filter(k -> !k.listings().isEmpty() && tie.listings().isEmpty())
                .map(k -> new Tie(tie.cityA(), tie.cityB(), tie.agreements(), tie.status(), tie.reasons(),
                        tie.activity(), tie.conflicts(), k.listings()))
                .orElse(tie);
    }
}
