package org.pobratim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not readable YAML at all is named with the line that makes it so, and why. */
class UnreadableFileTest {
    @TempDir
    Path dir;

    private String problemOf(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("rs-kikinda.yaml"), content);
        BundleReader.BundleReading reading = BundleReader.read(file);
        assertThat(reading.problems()).hasSize(1);
        return reading.problems().get(0).toString().substring(file.toString().length());
    }

    private String problemOf(String content) throws IOException {
        return problemOf(content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String before, int badByte, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.write(badByte);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void invalidUtf8NamesTheLineAndByte() throws IOException {
        assertThat(problemOf(bytes("city: rs-kikinda\nties:\n  - partner: no-nar", 0xFF, "vik\n")))
                .isEqualTo(":3: is not valid UTF-8 (byte 0xFF)");
    }

    @Test
    void aLatin2FileIsNamedAtItsFirstAccentedLetter() throws IOException {
        // "Šabac" saved as ISO-8859-2: Š is 0xA9, not the start of a UTF-8 sequence
        assertThat(problemOf(bytes("- id: rs-sabac\r\n  names:\r\n    en: Sabac\r\n    sr-Latn: ", 0xA9, "abac\r\n")))
                .isEqualTo(":4: is not valid UTF-8 (byte 0xA9)");
    }

    @Test
    void aNulCharacterNamesItsLine() throws IOException {
        assertThat(problemOf("city: rs-kikinda\nties:\n\n  - partner: no-nar\0vik\n"))
                .isEqualTo(":4: contains a NUL character");
    }

    @Test
    void aForbiddenControlCharacterFarIntoTheFileNamesItsLine() throws IOException {
        // past SnakeYAML's first buffer, and behind characters that take two UTF-16 units
        String comments = IntStream.range(0, 5_000).mapToObj(i -> "# \uD83C\uDFF0 comment " + i + "\n")
                .collect(Collectors.joining());
        assertThat(problemOf(comments + "city: rs-kikinda\u0007\n"))
                .isEqualTo(":5001: contains the character U+0007, which YAML does not allow");
    }

    @Test
    void nestingTooDeepNamesTheLineWhereTheLimitIsCrossed() throws IOException {
        // line i holds key k<i> at indentation i - 1, so the key of line 51 is the first node with 51 ancestors
        String nested = IntStream.rangeClosed(1, 60).mapToObj(i -> "  ".repeat(i - 1) + "k" + i + ":")
                .collect(Collectors.joining("\n", "", " x\n"));
        assertThat(problemOf(nested)).isEqualTo(":51: nested deeper than 50 levels");
    }

    @Test
    void nestingUpToTheLimitIsRead() throws IOException {
        String nested = IntStream.rangeClosed(1, 50).mapToObj(i -> "  ".repeat(i - 1) + "k" + i + ":")
                .collect(Collectors.joining("\n", "", " x\n"));
        Path file = Files.writeString(dir.resolve("deep.yaml"), nested);
        assertThat(BundleReader.read(file).problems()).noneMatch(p -> p.message().contains("nested"));
    }

    @Test
    void tooManyAliasesNamesTheLineOfTheFirstOneTooMany() throws IOException {
        // aliases of a single value do not count towards the limit, only those of lists and mappings
        String yaml = "name: &n Kikinda\n"
                + "base: &b [1, 2]\n"
                + "names: [" + String.join(", ", java.util.Collections.nCopies(60, "*n")) + "]\n"
                + "uses:\n"
                + "  - *b\n".repeat(60);
        assertThat(problemOf(yaml)).isEqualTo(":55: uses more than 50 aliases of lists or mappings");
    }
}
