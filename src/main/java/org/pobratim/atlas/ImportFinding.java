package org.pobratim.atlas;

import java.util.List;

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
}
