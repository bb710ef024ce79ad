package io.github.cetrack.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress report redrawn with carriage returns, at most a few times a second. Only on
 * a terminal: piped or redirected output gets none, so that it stays clean for other programs.
 */
final class Meter {

    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter out;
    private final String unit;
    private final long total;
    private final long started = System.nanoTime();
    private long drawn;
    private long done;
    private String more = "";

    private Meter(PrintWriter out, String unit, long total) {
        this.out = out;
        this.unit = unit;
        this.total = total;
    }

    /** A meter counting {@code unit}s out of {@code total} (unknown when negative); silent off a terminal. */
    static Meter of(PrintWriter out, String unit, long total) {
        return new Meter(System.console() != null ? out : null, unit, total);
    }

    /** Redraws the line with {@code done} units so far, if it is time to. */
    void update(long done, String more) {
        this.done = done;
        this.more = more;
        long now = System.nanoTime();
        if (out != null && (drawn == 0 || now - drawn >= EVERY_NANOS)) {
            drawn = now;
            draw(now);
        }
    }

    /** Draws the final count and ends the line. */
    void done() {
        if (out != null && drawn != 0) {
            draw(System.nanoTime());
            out.println();
            out.flush();
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        String of = total > 0 ? String.format(Locale.ROOT, " of %,d (%d%%)", total, done * 100 / total) : "";
        out.printf(Locale.ROOT, "\r%,d %s%s%s, %,.0f/s   ", done, unit, of, more, done / seconds);
        out.flush();
    }
}
