package org.pobratim.atlas;

import java.util.List;

/** Sources, cities and ties to create or update together, in one transaction. */
public record ChangeSet(List<Source> sources, List<City> cities, List<Tie> ties) {
    public ChangeSet {
        sources = List.copyOf(sources);
        cities = List.copyOf(cities);
        ties = List.copyOf(ties);
    }

    public boolean isEmpty() {
        return sources.isEmpty() && cities.isEmpty() && ties.isEmpty();
    }
}
