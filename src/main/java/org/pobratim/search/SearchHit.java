package org.pobratim.search;

/**
 * One result: the entry, which of its names matched the query, and how ({@code exact}, {@code prefix},
 * {@code word} for a word of the name starting with the query, {@code fuzzy} for a near spelling).
 */
public record SearchHit(SearchEntry entry, String matchedName, String match, int score) {
}
