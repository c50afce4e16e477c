package org.pobratim.atlas;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** A document that states facts: a city's site, a news report, an article, a list; cited by id, with its tier. */
public record Source(String id, String url, String title, String publisher, PartialDate published,
                     LocalDate accessed, String language, SourceTier tier) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Source {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("source id '" + id + "' must be lower-case letters, digits and hyphens");
        }
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("url '" + url + "' must start with http:// or https://");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        if (accessed == null) {
            throw new IllegalArgumentException("accessed date is required");
        }
        if (accessed.isAfter(LocalDate.now())) {
            throw new IllegalArgumentException("accessed date " + accessed + " is in the future");
        }
        if (tier == null) {
            throw new IllegalArgumentException("tier is required (primary, secondary or listing)");
        }
        if (published == null) {
            published = PartialDate.UNKNOWN;
        }
    }
}
