package org.pobratim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Where the tests find data: the small fixture of the code tests ({@code src/test/resources/atlas-fixture}), and the
 * project's bundled dataset for the data tests; copies of either to break on purpose.
 */
public final class TestData {
    private TestData() {
    }

    /** The code tests' own dataset: made-up ties over eleven real cities, covering every feature of the format. */
    public static Path fixture() {
        try {
            return Path.of(TestData.class.getResource("/atlas-fixture/sources.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
        return copy(bundledData(), target);
    }

    /** A copy of the fixture in a folder of its own. */
    public static Path copyOfFixture(Path target) {
        return copy(fixture(), target);
    }

    private static Path copy(Path source, Path target) {
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
