package org.pobratim.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whose data an export carries and under which licences: the NOTICE of a release and the {@code licenses} and
 * {@code sources} of its data package. The ties' facts are each cited to their source in the export itself; the
 * listings copied from Wikipedia's lists are CC BY-SA, so the whole is given under CC BY-SA 4.0 (share-alike).
 */
public final class Notice {
    private record Part(String title, String path, String licence, String licencePath, String what) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("GeoNames", "https://www.geonames.org/", "CC-BY-4.0",
                    "https://creativecommons.org/licenses/by/4.0/",
                    "coordinates, GeoNames ids and populations of cities (the cities1000 dump)"),
            new Part("Natural Earth", "https://www.naturalearthdata.com/", "public domain",
                    "https://www.naturalearthdata.com/about/terms-of-use/",
                    "country shapes (1:110m admin-0 countries) the atlas's maps draw"),
            new Part("Wikidata", "https://www.wikidata.org/", "CC0-1.0",
                    "https://creativecommons.org/publicdomain/zero/1.0/",
                    "ties listed by Wikidata's P190 (twinned administrative body) statements, labels and item ids"),
            new Part("Wikipedia", "https://www.wikipedia.org/", "CC-BY-SA-4.0",
                    "https://creativecommons.org/licenses/by-sa/4.0/",
                    "ties listed by Wikipedia's lists of twin towns and sister cities"));

    private Notice() {
    }

    /** The package's licence, a Frictionless {@code licenses} list. */
    static List<Map<String, String>> licences() {
        return List.of(Map.of("name", "CC-BY-SA-4.0", "path", "https://creativecommons.org/licenses/by-sa/4.0/",
                "title", "Creative Commons Attribution-ShareAlike 4.0"));
    }

    /** Where the data comes from, a Frictionless {@code sources} list. */
    static List<Map<String, String>> sources() {
        return PARTS.stream().map(p -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("title", p.title() + " (" + p.licence() + "): " + p.what());
            m.put("path", p.path());
            return m;
        }).toList();
    }

    /** The NOTICE of a release. */
    public static String text(long version, String created) {
        StringBuilder s = new StringBuilder();
        s.append("Pobratim: twin-city ties, an export of the atlas at version ").append(version).append(", made ")
                .append(created).append(".\n\n");
        s.append("Each tie cites its sources (source_urls in ties.csv; the same in every format). The whole is\n")
                .append("given under the Creative Commons Attribution-ShareAlike 4.0 licence\n")
                .append("(https://creativecommons.org/licenses/by-sa/4.0/), because it includes what Wikipedia's\n")
                .append("lists state; attribute it to \"Pobratim, and the sources it cites\". It carries data from:\n\n");
        for (Part p : PARTS) {
            s.append("- ").append(p.title()).append(" (").append(p.path()).append("), ").append(p.licence())
                    .append(" (").append(p.licencePath()).append("): ").append(p.what()).append(".\n");
        }
        s.append("\nThe code that made it is Pobratim's, under the MIT licence.\n");
        return s.toString();
    }
}
