package org.pobratim.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/** A folder of data files that an export writes ({@link BundleWriter#files} gives what goes in it). */
public final class BundleFolder {
    private BundleFolder() {
    }

    /**
     * Writes the files into {@code folder} (created when missing) and removes the data files of an earlier export that
     * this one does not write ({@code sources.yaml}, {@code cities/*.yaml}, {@code ties/*.yaml}); anything else in the
     * folder is left alone. Each file is written whole to a temporary file first and then moved into place.
     */
    public static void write(Path folder, SortedMap<String, String> files) throws IOException {
        for (String sub : List.of("cities", "ties")) {
            Path dir = folder.resolve(sub);
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path file : old.filter(p -> p.getFileName().toString().endsWith(".yaml")).toList()) {
                    if (!files.containsKey(sub + "/" + file.getFileName())) {
                        Files.delete(file);
                    }
                }
            }
        }
        if (!files.containsKey("sources.yaml")) {
            Files.deleteIfExists(folder.resolve("sources.yaml"));
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
