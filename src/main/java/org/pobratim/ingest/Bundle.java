package org.pobratim.ingest;

import java.util.List;
import org.pobratim.atlas.ChangeSet;

/** What a set of data files holds, each entry with the place it was read from. */
public record Bundle(List<Located<org.pobratim.atlas.Source>> sources, List<Located<org.pobratim.atlas.City>> cities,
                     List<Located<org.pobratim.atlas.Tie>> ties) {
    public Bundle {
        sources = List.copyOf(sources);
        cities = List.copyOf(cities);
        ties = List.copyOf(ties);
    }

    public ChangeSet toChangeSet() {
        return new ChangeSet(sources.stream().map(Located::value).toList(),
                cities.stream().map(Located::value).toList(),
                ties.stream().map(Located::value).toList());
    }
}
