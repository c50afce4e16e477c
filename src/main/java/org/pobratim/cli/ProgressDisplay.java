package org.pobratim.cli;

import java.io.PrintStream;
import org.pobratim.ingest.GeoNamesReader;

/**
 * Shows how far a long import has come: a bar redrawn in place on a terminal, plain periodic lines otherwise
 * (a log, a CI run).
 */
final class ProgressDisplay implements GeoNamesReader.ByteProgress {
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private static final long BAR_EVERY_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String what;
    private final boolean terminal;
    private long lastShown;
    private int lastPercent = -1;

    ProgressDisplay(PrintStream out, String what, boolean terminal) {
        this.out = out;
        this.what = what;
        this.terminal = terminal;
    }

    /** A bar when standard output is a terminal, plain lines otherwise. */
    static ProgressDisplay forConsole(String what) {
        return new ProgressDisplay(System.err, what, System.console() != null);
    }

    @Override
    public void advanced(long bytesRead, long totalBytes) {
        long now = System.nanoTime();
        int percent = totalBytes > 0 ? (int) (100 * bytesRead / totalBytes) : -1;
        if (now - lastShown < (terminal ? BAR_EVERY_NANOS : LINE_EVERY_NANOS) && percent != 100) {
            return;
        }
        if (percent == lastPercent && percent >= 0) {
            return;
        }
        lastShown = now;
        lastPercent = percent;
        String amount = String.format("%.1f MB", bytesRead / 1e6);
        if (!terminal) {
            out.printf("%s: %s%s%n", what, amount, percent >= 0 ? " (" + percent + "%)" : "");
        } else if (percent >= 0) {
            int filled = percent * WIDTH / 100;
            out.printf("\r%s [%s%s] %3d%% %s", what, "#".repeat(filled), " ".repeat(WIDTH - filled), percent, amount);
        } else {
            out.printf("\r%s %s", what, amount);
        }
    }

    /** Ends the bar's line on a terminal. */
    void finish() {
        if (terminal) {
            out.println();
        }
    }
}
