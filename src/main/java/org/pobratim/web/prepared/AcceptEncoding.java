package org.pobratim.web.prepared;

import java.util.Locale;

/** Reads Accept-Encoding (RFC 9110 12.5.3) for the one coding kept: gzip. */
final class AcceptEncoding {
    private AcceptEncoding() {
    }

    /** Whether the client takes gzip: named (or {@code x-gzip}) with a weight above 0, or by {@code *} if not named. */
    static boolean gzip(String header) {
        if (header == null) {
            return false;
        }
        Double named = null;
        Double any = null;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            double weight = weight(pieces);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                named = named == null ? weight : Math.max(named, weight);
            } else if (coding.equals("*")) {
                any = weight;
            }
        }
        if (named != null) {
            return named > 0;
        }
        return any != null && any > 0;
    }

    private static double weight(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
