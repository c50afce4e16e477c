package org.pobratim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where the tests find the bundled dataset, and copies of it to break on purpose. */
public final class TestData {
    private TestData() {
    }

    /** The project's bundled dataset; Surefire runs in the project folder. */
    public static Path bundledData() {
        Path data = Path.of("data");
        assertThat(data.resolve("sources.yaml")).as("bundled dataset (run the tests from the project folder)")
                .exists();
        return data;
    }

    /** A copy of the bundled dataset in a folder of its own. */
    public static Path copyOfBundledData(Path target) {
        Path source = bundledData();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
