package org.pobratim.ingest;

/** A value read from a file, with where it was read. */
public record Located<T>(T value, String file, int line) {
    String where() {
        return file + ":" + line;
    }
}
