package io.github.cetrack.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font resource of the PDF reports, and the parsed fonts that documents lend from it.
 * Parsing took about a sixth of a renewal report of 500 activities, so a document takes a parsed
 * font and gives it back when it is closed, for the next document. A parsed font is never used by
 * two documents at once: fontbox reads its tables lazily without a lock, and the document's subset
 * reads them again when it is saved; everything per document (subset, widths, encoding) lives in
 * the document's own {@code PDType0Font}. A parsed font holds about 4 MB, so few are kept, and
 * softly: the collector may take them back when memory runs short (they hold no file or native
 * resource). Not API.
 */
final class FontFile {

    /** Parsed fonts kept for the next documents, per file; more at once are parsed and dropped. */
    static final int KEPT = 2;

    static final FontFile REGULAR = new FontFile("DejaVuSans.ttf");
    static final FontFile BOLD = new FontFile("DejaVuSans-Bold.ttf");

    private final byte[] data;
    private final BlockingQueue<SoftReference<TrueTypeFont>> idle = new ArrayBlockingQueue<>(KEPT);

    FontFile(String name) {
        try (InputStream in = FontFile.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + name);
            }
            data = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a parsed font for one document's use only: a kept one, or a new one. */
    TrueTypeFont take() throws IOException {
        for (SoftReference<TrueTypeFont> kept = idle.poll(); kept != null; kept = idle.poll()) {
            TrueTypeFont font = kept.get();
            if (font != null) {
                return font;
            }
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    /** Takes back a font from {@link #take} that its document no longer uses (closed). */
    void give(TrueTypeFont font) throws IOException {
        if (!idle.offer(new SoftReference<>(font))) {
            font.close();
        }
    }
}
