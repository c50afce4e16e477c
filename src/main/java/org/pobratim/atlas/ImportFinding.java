package org.pobratim.atlas;

import java.util.List;
import org.pobratim.names.NameFolding;

/**
 * What an import of lists could not take in, kept for the people who can fix it: a listed place it could not place
 * ({@link Kind#UNPLACED}: the name, the country as written, why, and the candidates it weighed), or a Wikidata
 * statement made on one side only ({@link Kind#ONE_SIDED}: A states B as its twin, B does not state A).
 * {@code source} is the list's source id; {@code file} and {@code line} where the row stands.
 */
public record ImportFinding(String source, Kind kind, String file, long line, String subject, String country,
                            String reason, List<String> candidates) {
    public enum Kind implements Coded {
        UNPLACED("unplaced"),
        ONE_SIDED("one-sided");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public ImportFinding {
        if (source == null || kind == null || subject == null || reason == null) {
            throw new IllegalArgumentException("a finding needs its source, kind, subject and reason");
        }
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** The findings of one kind, of one list (or all), whose subject or country contains {@code text} (folded). */
    static List<ImportFinding> matching(List<ImportFinding> findings, Kind kind, String source, String text) {
        String wanted = text == null ? "" : NameFolding.fold(text);
        return findings.stream().filter(f -> f.kind() == kind)
                .filter(f -> source == null || f.source().equals(source))
                .filter(f -> wanted.isEmpty() || NameFolding.fold(f.subject()).contains(wanted)
                        || (f.country() != null && NameFolding.fold(f.country()).contains(wanted)))
                .toList();
    }
}
