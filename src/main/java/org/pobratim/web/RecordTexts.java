package org.pobratim.web;

import org.pobratim.atlas.Atlas;
import org.pobratim.curation.Proposed;
import org.pobratim.ingest.RecordEntry;

/** A record as the editors and the API show and read it: the text of its data file's entry (ingest/RecordEntry). */
public final class RecordTexts {
    private RecordTexts() {
    }

    public static String entry(Proposed record, Atlas atlas) {
        if (record instanceof Proposed.OfTie t) {
            return RecordEntry.write(t.tie(), atlas.cities());
        }
        if (record instanceof Proposed.OfCity c) {
            return RecordEntry.write(c.city());
        }
        return RecordEntry.write(((Proposed.OfSource) record).source());
    }

    /**
     * The record of type {@code type} an entry holds, checked as the data files are.
     *
     * @param id the record it must be (null for a new one)
     * @throws org.pobratim.ingest.InputRejected with every problem
     */
    public static Proposed read(String type, String text, String id, Atlas atlas) {
        return switch (type) {
            case "tie" -> new Proposed.OfTie(RecordEntry.tie(text, id, atlas));
            case "city" -> new Proposed.OfCity(RecordEntry.city(text, id, atlas));
            case "source" -> new Proposed.OfSource(RecordEntry.source(text, id, atlas));
            default -> throw new IllegalArgumentException("no kind of record " + type);
        };
    }
}
