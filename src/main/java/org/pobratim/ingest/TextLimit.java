package org.pobratim.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The longest text each field of the data format may hold, in characters (Unicode code points), so that a
 * runaway value (a 2 MB title pasted by mistake) is rejected at validation instead of served on every page.
 * A field is known by its own name, e.g. {@code title} in {@code ties[0].agreements[0].title}; the names of a
 * city ({@code names.en}, {@code names.sr-Cyrl}, ...) share one limit whatever the language tag. Limits are
 * listed in data/README.md ("Text lengths"); the longest bundled values are well below them.
 */
enum TextLimit {
    ID(100, "id", "partner", "city", "source", "sources"),
    NAME(200, "names.*", "alternates"),
    TITLE(500, "title", "publisher"),
    URL(2000, "url"),
    NARRATIVE(5000, "en", "sr-Latn"),
    NOTE(2000, "note", "claim"),
    DISTRICT(100, "district"),
    /** Everything else is a code, a number, a date or a tag, all far shorter when valid. */
    OTHER(100);

    private final int maxLength;
    private final List<String> fields;

    TextLimit(int maxLength, String... fields) {
        this.maxLength = maxLength;
        this.fields = List.of(fields);
    }

    int maxLength() {
        return maxLength;
    }

    /** The limit of a field path such as {@code ties[0].reasons[1].en} or {@code [3].names.sr-Cyrl}. */
    static TextLimit of(String fieldPath) {
        String[] parts = fieldPath.replaceAll("\\[\\d+]", "").split("\\.");
        String name = parts[parts.length - 1];
        String anyOfParent = (parts.length > 1 ? parts[parts.length - 2] : "") + ".*";
        return covering(anyOfParent).or(() -> covering(name)).orElse(OTHER);
    }

    private static Optional<TextLimit> covering(String field) {
        return Arrays.stream(values()).filter(limit -> limit.fields.contains(field)).findFirst();
    }

    /** Why a text is too long, or null when it fits. */
    String complaint(String text) {
        int length = text.codePointCount(0, text.length());
        return length > maxLength ? length + " characters, at most " + maxLength : null;
    }
}
