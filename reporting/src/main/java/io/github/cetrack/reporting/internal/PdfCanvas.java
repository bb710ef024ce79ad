package io.github.cetrack.reporting.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small flowing layout on PDFBox: pages of US Letter, a cursor moving down, wrapped text, tables
 * whose rows never split across pages and whose header repeats, progress bars, and a footer with
 * page numbers added once all pages exist. Everything drawn stays inside the margins. Not API.
 */
public final class PdfCanvas implements AutoCloseable {

    /** Page size: US Letter, as US boards use. */
    public static final PDRectangle PAGE = PDRectangle.LETTER;
    /** Left and right margin of the body, in points. */
    public static final float SIDE = 54;
    /** Top margin of the body. */
    public static final float TOP = 54;
    /** Bottom margin of the body; the footer sits below it, at least {@link #EDGE} from the edge. */
    public static final float BOTTOM = 76;
    /** Nothing is drawn closer than this to any edge of the page. */
    public static final float EDGE = 36;
    /** Width of the body. */
    public static final float WIDTH = PAGE.getWidth() - 2 * SIDE;

    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x55, 0x5b, 0x66);
    static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    static final Color SHADE = new Color(0xf3, 0xf4, 0xf6);
    static final Color BLUE = new Color(0x25, 0x63, 0xeb);
    static final Color GREEN = new Color(0x16, 0xa3, 0x4a);
    static final Color RED = new Color(0xb9, 0x1c, 0x1c);
    static final Color TRACK = new Color(0xe5, 0xe7, 0xeb);

    final PDDocument doc;
    final PDType0Font regular;
    final PDType0Font bold;
    /** Lent by {@link FontFile}, given back on {@link #close}. */
    private final TrueTypeFont regularFile;
    private final TrueTypeFont boldFile;
    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final Map<PDType0Font, Map<Integer, Float>> advances = new HashMap<>();
    private final Map<PDType0Font, Shaper> shapers = new HashMap<>();
    private PDPageContentStream cs;
    private float y;
    private boolean closed;

    /** Starts a document with the fonts embedded (subsets) and a first page. */
    public PdfCanvas() {
        doc = new PDDocument();
        try {
            regularFile = FontFile.REGULAR.take();
            boldFile = FontFile.BOLD.take();
            regular = PDType0Font.load(doc, regularFile, true);
            bold = PDType0Font.load(doc, boldFile, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        newPage();
    }

    /** Returns the cursor: the top of the space left on the page. */
    public float y() {
        return y;
    }

    /** Moves the cursor down by {@code dy}. */
    public void down(float dy) {
        y -= dy;
    }

    /** Starts a new page when less than {@code height} is left on this one. */
    public void need(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Starts a new page. */
    public void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PAGE.getHeight() - TOP;
    }

    /** Returns the width of {@code text} in {@code font} at {@code size}: the sum of its glyphs' advances. */
    public float width(PDType0Font font, float size, String text) {
        Map<Integer, Float> cache = advances.computeIfAbsent(font, f -> new HashMap<>());
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += cache.computeIfAbsent(cp, c -> advance(font, c));
            i += Character.charCount(cp);
        }
        return units / 1000f * size;
    }

    private static float advance(PDType0Font font, int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }

    /**
     * Returns {@code text} with control characters turned into spaces and any character the font
     * lacks replaced by {@code ?}, so that drawing it cannot fail.
     */
    public String safe(PDType0Font font, String text) {
        if (text == null) {
            return "";
        }
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                s.append(' ');
            } else if (known.computeIfAbsent(cp, c -> has(font, c))) {
                s.appendCodePoint(cp);
            } else {
                s.append('?');
            }
        });
        return s.toString();
    }

    private static boolean has(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Returns {@code text} broken into lines no wider than {@code width}, at spaces, or inside words that are too long. */
    public List<String> wrap(PDType0Font font, float size, String text, float width) {
        String clean = safe(font, text).strip();
        float space = width(font, size, " ");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (String word : clean.split(" +")) {
            float w = width(font, size, word);
            float needed = line.length() == 0 ? w : used + space + w;
            if (needed <= width) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                used = needed;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (w > width) {
                int cut = fit(font, size, word, width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
                w = width(font, size, word);
            }
            line.append(word);
            used = w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private int fit(PDType0Font font, float size, String word, float width) {
        int cut = 0;
        float used = 0;
        while (cut < word.length()) {
            int cp = word.codePointAt(cut);
            float w = width(font, size, new String(Character.toChars(cp)));
            if (cut > 0 && used + w > width) {
                break;
            }
            used += w;
            cut += Character.charCount(cp);
        }
        return cut;
    }

    /** Returns {@code text} cut with an ellipsis to fit {@code width}. */
    public String cut(PDType0Font font, float size, String text, float width) {
        String s = safe(font, text);
        if (width(font, size, s) <= width) {
            return s;
        }
        while (!s.isEmpty() && width(font, size, s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    /** Draws one line of already safe text with its baseline at {@code baseline}. */
    public void text(PDType0Font font, float size, Color color, float x, float baseline, String text) {
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(color);
            cs.newLineAtOffset(x, baseline);
            // Not cs.showText: the same bytes in a fraction of the time (see Shaper).
            shapers.computeIfAbsent(font, Shaper::new).show(cs, text);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a filled rectangle whose top left corner is at ({@code x}, {@code top}). */
    public void box(Color color, float x, float top, float w, float h) {
        try {
            cs.setNonStrokingColor(color);
            cs.addRect(x, top - h, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a horizontal line across the body at height {@code at}. */
    public void rule(Color color, float at, float thickness) {
        box(color, SIDE, at + thickness / 2, WIDTH, thickness);
    }

    /**
     * Draws a wrapped paragraph at the cursor, starting new pages as needed, and moves the cursor
     * below it.
     */
    public void paragraph(PDType0Font font, float size, Color color, float indent, String text) {
        float leading = size * 1.3f;
        for (String line : wrap(font, size, text, WIDTH - indent)) {
            need(leading);
            text(font, size, color, SIDE + indent, y - size, line);
            y -= leading;
        }
    }

    /** Draws a section heading with a rule under it, kept on the page with {@code keep} points after it. */
    public void heading(String text, float keep) {
        need(34 + keep);
        y -= 12;
        text(bold, 12.5f, INK, SIDE, y - 12.5f, cut(bold, 12.5f, text, WIDTH));
        y -= 17;
        rule(RULE, y, 0.75f);
        y -= 7;
    }

    /**
     * Draws a progress bar across {@code w} points: the share of {@code fraction} (0 to 1) filled,
     * green when complete.
     */
    public void bar(float x, float top, float w, float h, double fraction) {
        box(TRACK, x, top, w, h);
        double f = Math.max(0, Math.min(1, fraction));
        if (f > 0) {
            box(f >= 1 ? GREEN : BLUE, x, top, (float) (w * f), h);
        }
    }

    /**
     * Writes the footer of every page: {@code left} on two lines and "Page n of N" at the right,
     * then sets fixed document information and saves.
     */
    public void finish(String line1, String line2, String title, String author, Calendar created, long id,
            OutputStream out) {
        try {
            cs.close();
            cs = null;
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = footer;
                    String number = "Page " + (i + 1) + " of " + pages;
                    float numberWidth = width(regular, 8, number);
                    float room = WIDTH - numberWidth - 12;
                    rule(RULE, BOTTOM - 12, 0.5f);
                    text(regular, 8, MUTED, SIDE, BOTTOM - 23, cut(regular, 8, line1, room));
                    text(regular, 8, MUTED, SIDE, BOTTOM - 33, cut(regular, 8, line2, room));
                    text(regular, 8, MUTED, SIDE + WIDTH - numberWidth, BOTTOM - 23, number);
                }
            }
            cs = null;
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreator("cetrack");
            info.setProducer("cetrack reporting (Apache PDFBox)");
            info.setCreationDate(created);
            doc.setDocumentId(id);
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a UTC calendar at {@code millis}. */
    public static Calendar calendar(long millis) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(millis);
        return c;
    }

    /** Saves into a byte array (see {@link #finish}). */
    public byte[] bytes(String line1, String line2, String title, String author, Calendar created, long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        finish(line1, line2, title, author, created, id, out);
        return out.toByteArray();
    }

    /** Closes the document and gives its fonts back to their {@link FontFile}s (once). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            doc.close();
            FontFile.REGULAR.give(regularFile);
            FontFile.BOLD.give(boldFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
