package io.github.cetrack.examples.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.Locale;

/**
 * A one-line progress report redrawn with carriage returns, at most a few times a second. Only on
 * a terminal: piped or redirected output gets none, so that it stays clean for other programs.
 */
public final class Progress {

    private static final long EVERY_NANOS = 250_000_000L;
    /** Below this a file reads in a blink and a bar would only flicker. */
    private static final long LARGE_FILE = 64 * 1024;

    private final PrintWriter out;
    private final String unit;
    private final long total;
    private final long started = System.nanoTime();
    private long drawn;
    private long done;
    private String more = "";

    private Progress(PrintWriter out, String unit, long total) {
        this.out = out;
        this.unit = unit;
        this.total = total;
    }

    /**
     * A report counting {@code unit}s out of {@code total} (unknown when not positive); silent off a
     * terminal.
     *
     * @param out where to draw
     * @param unit what is counted, in the plural ("learners")
     * @param total how many there are in all
     * @return the report
     */
    public static Progress of(PrintWriter out, String unit, long total) {
        return new Progress(System.console() != null ? out : null, unit, total);
    }

    /**
     * Wraps {@code in} so that reading it reports the characters read, when stdout is a terminal
     * and the input is large.
     *
     * @param in the reader
     * @param out where to draw
     * @param name what is read, such as the file's name
     * @param totalChars about how many characters {@code in} holds (a file's size in bytes will do), or not positive when unknown
     * @return {@code in} itself, or a reader that reports as it goes
     */
    public static Reader reading(Reader in, PrintWriter out, String name, long totalChars) {
        Progress progress = of(out, "characters read from " + name, totalChars);
        if (progress.out == null || totalChars < LARGE_FILE) {
            return in;
        }
        return new FilterReader(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int c = super.read();
                progress.update(read += c < 0 ? 0 : 1, "");
                return c;
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                progress.update(read += Math.max(0, n), "");
                return n;
            }

            @Override
            public void close() throws IOException {
                super.close();
                progress.done();
            }
        };
    }

    /**
     * Redraws the line with {@code done} units so far, if it is time to.
     *
     * @param done how many so far
     * @param more text to append, such as a running count of something else
     */
    public void update(long done, String more) {
        this.done = done;
        this.more = more;
        long now = System.nanoTime();
        if (out != null && (drawn == 0 || now - drawn >= EVERY_NANOS)) {
            drawn = now;
            draw(now);
        }
    }

    /** Draws the final count and ends the line. */
    public void done() {
        if (out != null && drawn != 0) {
            draw(System.nanoTime());
            out.println();
            out.flush();
        }
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        long percent = total > 0 ? Math.min(100, done * 100 / total) : 0;
        String of = total > 0 ? String.format(Locale.ROOT, " of %,d (%d%%)", total, percent) : "";
        out.printf(Locale.ROOT, "\r%,d %s%s%s, %,.0f/s   ", done, unit, of, more, done / seconds);
        out.flush();
    }
}
