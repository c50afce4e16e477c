package org.pobratim.ingest;

import java.util.List;
import java.util.Set;

/** Names of known places spelled almost like a given name (a typo, another romanisation), within some countries. */
@FunctionalInterface
public interface SpellingNeighbours {
    SpellingNeighbours NONE = (name, countries) -> List.of();

    List<String> near(String name, Set<String> countries);
}
