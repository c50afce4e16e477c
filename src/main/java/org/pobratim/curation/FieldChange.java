package org.pobratim.curation;

/** One field of a record that differs between two versions: its path ({@code agreements[0].date}), before, after. */
public record FieldChange(String field, String before, String after) {
}
