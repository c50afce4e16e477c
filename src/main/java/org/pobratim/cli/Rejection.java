package org.pobratim.cli;

import org.pobratim.ingest.InputRejected;

/** How every command reports rejected input: each problem on its own line (at most 100), then a summary. */
final class Rejection {
    private static final int SHOWN = 100;

    private Rejection() {
    }

    /** Prints the problems and the summary to standard error; returns the exit code for rejected input. */
    static int report(InputRejected rejected, String summary) {
        rejected.problems().stream().limit(SHOWN).forEach(p -> System.err.println(p));
        if (rejected.problems().size() > SHOWN) {
            System.err.printf("... and %d more%n", rejected.problems().size() - SHOWN);
        }
        System.err.printf("%s: %d problem(s)%n", summary, rejected.problems().size());
        return Main.EXIT_INVALID;
    }
}
