package org.pobratim.ingest;

/** One thing wrong with an input: where (file, line, field) and why. Line 0 means the whole file. */
public record Problem(String file, int line, String field, String message) {
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (field != null && !field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(message).toString();
    }
}
