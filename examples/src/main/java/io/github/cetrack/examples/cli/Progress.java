package io.github.cetrack.examples.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;

/**
 * A progress bar for reading a large file, drawn only on a terminal: when output goes to a pipe or
 * a file it would only add carriage returns, so nothing is drawn.
 */
final class Progress extends FilterReader {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String label;
    private final long total;
    private long read;
    private int shown = -1;

    private Progress(Reader in, PrintWriter out, String label, long total) {
        super(in);
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    /** Wraps {@code in} with a bar when stdout is a terminal and the input is large. */
    static Reader wrap(Reader in, PrintWriter out, String label, long totalChars) {
        boolean terminal = System.console() != null;
        return terminal && totalChars >= 64 * 1024 ? new Progress(in, out, label, totalChars) : in;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        advance(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        advance(Math.max(0, n));
        return n;
    }

    private void advance(int n) {
        read += n;
        int percent = (int) Math.min(100, read * 100 / total);
        if (percent != shown) {
            shown = percent;
            int filled = percent * WIDTH / 100;
            out.print("\r" + label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + percent + "%");
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (shown >= 0) {
            out.println();
            out.flush();
        }
    }
}
