package org.pobratim.atlas;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum with a stable lower-case code used in data files, JSON and URLs. */
public interface Coded {
    String code();

    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** A map keyed by coded values as one keyed by their codes, in code order; null for an empty map. */
    static <K extends Coded, V> java.util.SortedMap<String, V> byCode(java.util.Map<K, V> values) {
        if (values.isEmpty()) {
            return null;
        }
        java.util.SortedMap<String, V> coded = new java.util.TreeMap<>();
        values.forEach((k, v) -> coded.put(k.code(), v));
        return coded;
    }

    /** The codes of an enum, for error messages: {@code a | b | c}. */
    static <E extends Enum<E> & Coded> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(" | "));
    }
}
