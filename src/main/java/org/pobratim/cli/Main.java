package org.pobratim.cli;

import org.pobratim.store.StoreUnavailable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pobratim} command and its subcommands. */
@Command(name = "pobratim", mixinStandardHelpOptions = true, version = "pobratim 0.1.0",
        description = "Pobratim, an atlas of twin-city ties.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, ValidateCommand.class,
                GazetteerCommand.class, WorldCommand.class, NetworkCommand.class, SearchCommand.class, ResolveReportCommand.class, CheckCommand.class, UserCommand.class, ReleaseCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for input that was rejected (validation problems). */
    static final int EXIT_INVALID = 1;
    /** Exit code for a command line that cannot be understood (as picocli answers a bad option). */
    static final int EXIT_USAGE = 2;
    /** Exit code for a store that cannot be opened or written. */
    static final int EXIT_STORE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (used by tests without exiting the JVM). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // a store that cannot be opened, a file that cannot be written: one clear line, not a stack trace
            cmd.getErr().println("error: " + describe(e));
            return EXIT_STORE;
        });
        return commandLine.execute(args);
    }

    private static String describe(Throwable e) {
        if (e instanceof StoreUnavailable) {
            return e.getMessage(); // says it all; the driver's own words would bury it
        }
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            s.append(" (").append(cause.getMessage()).append(')');
        }
        return s.toString();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (pobratim --help lists them)");
    }
}
