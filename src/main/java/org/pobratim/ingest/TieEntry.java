package org.pobratim.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Tie;

/**
 * One tie as a ties file of its home city holds it ({@code city: …} and {@code ties:} with one entry): the text the
 * whole-tie editor shows, and the text it reads back, checked exactly as a data file is (the same reader and the
 * same checks against the atlas), every problem with its line and field.
 */
public final class TieEntry {
    /** The name problems give as the file. */
    public static final String FILE = "entry";

    private TieEntry() {
    }

    /** The tie as the data files write it: in the ties file of its home city, alone. */
    public static String write(Tie tie, Map<String, City> cities) {
        String home = BundleWriter.home(tie, cities);
        return BundleWriter.files(List.of(), List.of(), List.of(tie)).get("ties/" + home + ".yaml");
    }

    /** A new tie's entry to start from: its home city and an agreement to fill in. */
    public static String template(String home) {
        return "city: " + YamlScalar.write(home, false) + "\nties:\n  - partner: \n    agreements:\n"
                + "      - kind: twinning\n        date: unknown\n        sources: []\n";
    }

    /**
     * Reads the entry: the one tie it holds, or every problem (broken YAML, a field the format does not allow, a city
     * or source the atlas does not have, more or fewer than one tie, or {@code expectedId} not being its pair).
     *
     * @param expectedId the tie the entry must be (null for a new tie)
     * @throws InputRejected with every problem
     */
    public static Tie read(String text, String expectedId, Atlas atlas) {
        List<Problem> problems = new ArrayList<>();
        BundleReader.BundleReading reading = BundleReader.readTiesText(FILE,
                (text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
        problems.addAll(reading.problems());
        if (problems.isEmpty()) {
            problems.addAll(BundleCheck.check(reading.bundle(), atlas));
        }
        List<Located<Tie>> ties = reading.bundle().ties();
        if (problems.isEmpty() && ties.size() != 1) {
            problems.add(new Problem(FILE, 0, "ties", "must hold exactly one tie, not " + ties.size()));
        }
        if (problems.isEmpty() && expectedId != null && !ties.get(0).value().id().equals(expectedId)) {
            problems.add(new Problem(FILE, ties.get(0).line(), "partner", "this entry is the tie "
                    + ties.get(0).value().id() + ", not " + expectedId + " (a tie's pair cannot be changed)"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return ties.get(0).value();
    }
}
