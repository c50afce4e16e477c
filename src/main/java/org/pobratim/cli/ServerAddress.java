package org.pobratim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a running {@code pobratim serve} can be reached, written next to the embedded store it holds
 * ({@code <db-dir>/server.url}) while it serves, so that {@code pobratim import} against that store can go through
 * it instead of failing on the lock. Removed when the server stops; a stale one (after a crash) is harmless: the
 * import says the server it names does not answer.
 */
final class ServerAddress {
    static final String FILE = "server.url";

    private ServerAddress() {
    }

    static void write(Path storeDir, String host, int port) {
        String reachable = host.equals("0.0.0.0") || host.equals("::") || host.equals("localhost") ? "127.0.0.1"
                : host.contains(":") ? "[" + host + "]" : host;
        try {
            Files.createDirectories(storeDir);
            Files.writeString(storeDir.resolve(FILE), "http://" + reachable + ":" + port + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + storeDir.resolve(FILE), e);
        }
    }

    static Optional<String> read(Path storeDir) {
        try {
            Path file = storeDir.resolve(FILE);
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    .filter(s -> s.startsWith("http://")) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void remove(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(FILE));
        } catch (IOException e) {
            // the server is stopping; a stale address only makes a later import say it does not answer
        }
    }
}
