package org.pobratim.store;

import java.nio.file.Path;

/** Where the store lives: a JDBC URL (H2 file or PostgreSQL) with its credentials. */
public record DatabaseConfig(String url, String user, String password) {
    public static final String ENV_URL = "POBRATIM_DB_URL";
    public static final String ENV_USER = "POBRATIM_DB_USER";
    public static final String ENV_PASSWORD = "POBRATIM_DB_PASSWORD";

    public DatabaseConfig {
        if (url == null || !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "database URL '" + url + "' must start with jdbc:h2: or jdbc:postgresql:");
        }
    }

    /** The embedded default: an H2 file database at {@code <dir>/pobratim.mv.db}. */
    public static DatabaseConfig h2File(Path dir) {
        return new DatabaseConfig("jdbc:h2:file:" + dir.toAbsolutePath().resolve("pobratim"), "sa", "");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return url + " (user " + user + ")"; // never the password
    }
}
