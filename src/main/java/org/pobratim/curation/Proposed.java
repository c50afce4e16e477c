package org.pobratim.curation;

import org.pobratim.atlas.City;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;

/** The record a proposal would write: a tie, a city or a source, as its proposer wants it. */
public sealed interface Proposed permits Proposed.OfTie, Proposed.OfCity, Proposed.OfSource {
    /** The store's name of its kind ({@code tie}, {@code city}, {@code source}), as revisions name it. */
    String type();

    String id();

    record OfTie(Tie tie) implements Proposed {
        @Override
        public String type() {
            return "tie";
        }

        @Override
        public String id() {
            return tie.id();
        }
    }

    record OfCity(City city) implements Proposed {
        @Override
        public String type() {
            return "city";
        }

        @Override
        public String id() {
            return city.id();
        }
    }

    record OfSource(Source source) implements Proposed {
        @Override
        public String type() {
            return "source";
        }

        @Override
        public String id() {
            return source.id();
        }
    }

    /** The kinds of record a proposal may change. */
    static boolean isType(String type) {
        return type.equals("tie") || type.equals("city") || type.equals("source");
    }
}
