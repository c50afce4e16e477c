package org.pobratim.curation;

import java.util.List;
import java.util.Map;
import org.pobratim.atlas.ChangeSet;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.Tie;

/** The record a proposal would write: a tie, a city or a source, as its proposer wants it. */
public sealed interface Proposed permits Proposed.OfTie, Proposed.OfCity, Proposed.OfSource {
    /** The store's name of its kind ({@code tie}, {@code city}, {@code source}), as revisions name it. */
    String type();

    String id();

    /** The record as a change of the store: the one record to create or update. */
    ChangeSet changeSet();

    /** The kinds of record a proposal may change, as the store names them. */
    List<String> TYPES = List.of("tie", "city", "source");

    /** The plural of a kind, as paths name a collection of them ({@code /ties/new}, {@code /api/v1/cities/…}). */
    static String plural(String type) {
        return Map.of("tie", "ties", "city", "cities", "source", "sources").get(type);
    }

    record OfTie(Tie tie) implements Proposed {
        @Override
        public String type() {
            return "tie";
        }

        @Override
        public String id() {
            return tie.id();
        }

        @Override
        public ChangeSet changeSet() {
            return new ChangeSet(List.of(), List.of(), List.of(tie));
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

        @Override
        public ChangeSet changeSet() {
            return new ChangeSet(List.of(), List.of(city), List.of());
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

        @Override
        public ChangeSet changeSet() {
            return new ChangeSet(List.of(source), List.of(), List.of());
        }
    }

    /** Whether {@code type} is a kind of record a proposal may change. */
    static boolean isType(String type) {
        return TYPES.contains(type);
    }
}
