package org.pobratim.ingest;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One text value as the bundle's YAML writes it: plain where a YAML reader gives back the very same text, in double
 * quotes (with escapes) otherwise. Plain is kept to a safe subset: it starts with a letter or digit, ends with no
 * space, holds no control character, no quote or backslash, no {@code ": "} or {@code " #"}, and inside a flow
 * collection ({@code [a, b]}, {@code {k: v}}) none of {@code :,[]{}} either; words a reader takes for null are
 * quoted.
 */
final class YamlScalar {
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][^\\p{Cntrl}\\p{Zl}\\p{Zp}\\u0085\"\\\\#]*");
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL", "~");

    private YamlScalar() {
    }

    static String write(String value, boolean inFlow) {
        return plainIsSafe(value, inFlow) ? value : quoted(value);
    }

    static boolean plainIsSafe(String value, boolean inFlow) {
        if (value.isEmpty() || NULLS.contains(value) || !SAFE.matcher(value).matches()
                || Character.isWhitespace(value.charAt(value.length() - 1)) || value.contains(": ")
                || value.endsWith(":") || value.contains("\uFEFF")) {
            return false;
        }
        return !inFlow || value.chars().noneMatch(c -> ":,[]{}".indexOf(c) >= 0);
    }

    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
