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

    /** The codes of an enum, for error messages: {@code a | b | c}. */
    static <E extends Enum<E> & Coded> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(" | "));
    }
}
