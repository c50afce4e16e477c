package org.pobratim.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;

/**
 * One record as its data file holds it — a tie in the ties file of its home city ({@code city:} and {@code ties:}
 * with one entry), a city or a source as a list of one entry — the text the editors show, and the text they read
 * back, checked exactly as a data file is (the same reader and the same checks against the atlas), every problem
 * with its line and field.
 */
public final class RecordEntry {
    /** The name problems give as the file. */
    public static final String FILE = "entry";

    private RecordEntry() {
    }

    /** The tie as the data files write it: in the ties file of its home city, alone. */
    public static String write(Tie tie, Map<String, City> cities) {
        String home = BundleWriter.home(tie, cities);
        return BundleWriter.files(List.of(), List.of(), List.of(tie)).get("ties/" + home + ".yaml");
    }

    public static String write(City city) {
        return BundleWriter.files(List.of(), List.of(city), List.of()).values().iterator().next();
    }

    public static String write(Source source) {
        return BundleWriter.files(List.of(source), List.of(), List.of()).get("sources.yaml");
    }

    /** A new tie's entry to start from: its home city and an agreement to fill in. */
    public static String newTie(String home) {
        return "city: " + YamlScalar.write(home, false) + "\nties:\n  - partner: \n    agreements:\n"
                + "      - kind: twinning\n        date: unknown\n        sources: []\n";
    }

    /** A new city's entry to start from. */
    public static String newCity() {
        return "- id: \n  names:\n    en: \"\"\n  country: \n  lat: \n  lon: \n  sources: []\n";
    }

    /** A new source's entry to start from. */
    public static String newSource(java.time.LocalDate today) {
        return "- id: \n  url: \"https://\"\n  title: \"\"\n  publisher: \"\"\n  published: unknown\n  accessed: "
                + today + "\n  language: en\n  tier: secondary\n";
    }

    /**
     * Reads a tie's entry: the one tie it holds, or every problem (broken YAML, a field the format does not allow, a
     * city or source the atlas does not have, more or fewer than one tie, or {@code expectedId} not being its pair).
     *
     * @param expectedId the tie the entry must be (null for a new tie)
     * @throws InputRejected with every problem
     */
    public static Tie tie(String text, String expectedId, Atlas atlas) {
        return one(text, expectedId, atlas, "ties", Bundle::ties, Tie::id, "partner", "a tie's pair cannot be changed");
    }

    /** Reads a city's entry (a list of one city), as {@link #tie} does a tie's. */
    public static City city(String text, String expectedId, Atlas atlas) {
        return one(text, expectedId, atlas, "cities", Bundle::cities, City::id, "id", "a city's id cannot be changed");
    }

    /** Reads a source's entry (a list of one source with its url), as {@link #tie} does a tie's. */
    public static Source source(String text, String expectedId, Atlas atlas) {
        return one(text, expectedId, atlas, "sources", Bundle::sources, Source::id, "id",
                "a source's id cannot be changed");
    }

    private static <T> T one(String text, String expectedId, Atlas atlas, String what,
                             java.util.function.Function<Bundle, List<Located<T>>> records,
                             java.util.function.Function<T, String> id, String idField, String sameId) {
        List<Problem> problems = new ArrayList<>();
        BundleReader.BundleReading reading = BundleReader.readText(FILE,
                (text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
        problems.addAll(reading.problems());
        if (problems.isEmpty()) {
            problems.addAll(BundleCheck.check(reading.bundle(), atlas));
        }
        Bundle bundle = reading.bundle();
        List<Located<T>> found = records.apply(bundle);
        int all = bundle.sources().size() + bundle.cities().size() + bundle.ties().size();
        if (problems.isEmpty() && (found.size() != 1 || all != 1)) {
            problems.add(new Problem(FILE, 0, null, "must hold exactly one entry of " + what + ", not " + all
                    + " entries (" + bundle.sources().size() + " sources, " + bundle.cities().size() + " cities, "
                    + bundle.ties().size() + " ties)"));
        }
        if (problems.isEmpty() && expectedId != null && !id.apply(found.get(0).value()).equals(expectedId)) {
            problems.add(new Problem(FILE, found.get(0).line(), idField, "this entry is "
                    + id.apply(found.get(0).value()) + ", not " + expectedId + " (" + sameId + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return found.get(0).value();
    }
}
