package org.pobratim.ingest.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pobratim.atlas.ImportFinding;

/** Wikidata's asymmetry: statements A → B (A's item names B as its twin) with no statement B → A. */
final class OneSided {
    private OneSided() {
    }

    static List<ImportFinding> of(String source, List<ListedPair> statements) {
        Set<String> stated = new HashSet<>();
        for (ListedPair s : statements) {
            stated.add(s.a().key() + "\u0000" + s.b().key());
        }
        List<ImportFinding> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ListedPair s : statements) {
            String forward = s.a().key() + "\u0000" + s.b().key();
            if (!stated.contains(s.b().key() + "\u0000" + s.a().key()) && seen.add(forward)) {
                found.add(new ImportFinding(source, ImportFinding.Kind.ONE_SIDED, s.file(), s.line(),
                        label(s.a()) + " → " + label(s.b()), null,
                        label(s.b()) + " does not state " + label(s.a()) + " as its twin", List.of()));
            }
        }
        return found;
    }

    private static String label(ListedPlace p) {
        return p.qid() == null ? p.name() : p.name() + " (" + p.qid() + ")";
    }
}
