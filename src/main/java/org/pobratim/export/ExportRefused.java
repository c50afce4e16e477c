package org.pobratim.export;

/** An export that cannot be made of this atlas, with the reason (the CLI prints it, the API answers 409). */
public final class ExportRefused extends RuntimeException {
    public ExportRefused(String message) {
        super(message);
    }
}
