package org.pobratim.atlas;

/** A short narrative in English and in Serbian (Latin script); the Cyrillic form is derived from the Latin. */
public record LocalizedText(String en, String srLatn) {
    public LocalizedText {
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("the English text is required");
        }
        if (srLatn == null || srLatn.isBlank()) {
            throw new IllegalArgumentException("the Serbian (Latin) text is required");
        }
        en = en.strip();
        srLatn = srLatn.strip();
    }
}
