package io.github.cetrack.reporting.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Streams that leave the caller's stream open when closed. Not API. */
final class NonClosing extends FilterOutputStream {

    NonClosing(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    /** An input stream that leaves the caller's stream open. */
    static final class In extends FilterInputStream {
        In(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes the stream
        }
    }
}
