package org.pobratim.cli;

import java.nio.file.Path;
import org.pobratim.store.DatabaseConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the store is: the embedded H2 file (default) or a database URL. */
final class StoreOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--db-url", description = "JDBC URL of the store, e.g. jdbc:postgresql://localhost/pobratim "
            + "(default: environment POBRATIM_DB_URL, else an H2 file in --db-dir)")
    String url;

    @Option(names = "--db-user", description = "database user (default: environment POBRATIM_DB_USER, else sa)")
    String user;

    @Option(names = "--db-password", description = "database password (default: environment POBRATIM_DB_PASSWORD)")
    String password;

    @Option(names = "--db-dir", defaultValue = "${env:POBRATIM_HOME:-.}/var",
            description = "folder of the embedded H2 database file (default: ${DEFAULT-VALUE})")
    Path dir;

    /** The store asked for; a URL of a database Pobratim does not support is a bad command line (exit 2). */
    DatabaseConfig config() {
        String chosenUrl = firstGiven(url, System.getenv(DatabaseConfig.ENV_URL), null);
        if (chosenUrl == null) {
            return DatabaseConfig.h2File(dir);
        }
        try {
            return new DatabaseConfig(chosenUrl, firstGiven(user, System.getenv(DatabaseConfig.ENV_USER), "sa"),
                    firstGiven(password, System.getenv(DatabaseConfig.ENV_PASSWORD), ""));
        } catch (IllegalArgumentException e) {
            String from = url != null && !url.isBlank() ? "--db-url" : "environment " + DatabaseConfig.ENV_URL;
            throw new ParameterException(command.commandLine(), from + ": " + e.getMessage());
        }
    }

    /** The folder of the embedded H2 store, when that is the store asked for (no database URL given). */
    java.util.Optional<Path> embeddedDir() {
        return firstGiven(url, System.getenv(DatabaseConfig.ENV_URL), null) == null ? java.util.Optional.of(dir)
                : java.util.Optional.empty();
    }

    /** The option if given, else the environment variable if set and not blank, else the default. */
    private static String firstGiven(String option, String environment, String otherwise) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        return environment != null && !environment.isBlank() ? environment : otherwise;
    }
}
