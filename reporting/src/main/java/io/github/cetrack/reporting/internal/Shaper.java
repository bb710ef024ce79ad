package io.github.cetrack.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.gsub.GsubWorkerForLatin;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Encodes text in one embedded Type 0 font of one document exactly as PDFBox 3's {@code showText}
 * does, and adds the same code points and glyphs to the font's subset, but without its cost.
 * {@code showText} runs every word through the font's GSUB worker, which compiles a regular
 * expression for every word and feature: more than half the time of a renewal report of 500
 * activities. For the Latin worker (DejaVu's case) a word can only change when the glyphs of one
 * of the substitutions it applies occur in it (in DejaVu only ff, fi, fl, ffi and ffl), so only
 * such words go through the worker; every other word is its glyphs from the cmap. Not API.
 */
final class Shaper {

    /** The features {@link GsubWorkerForLatin} applies, in its order (PDFBox 3.0). */
    private static final List<String> LATIN = List.of("ccmp", "liga", "clig");

    private static final byte[] TJ = " Tj\n".getBytes(StandardCharsets.US_ASCII);

    private final PDType0Font font;
    private final CmapLookup cmap;
    /** Null when the font has no GSUB data: PDFBox then encodes through the cmap alone. */
    private final GsubWorker worker;
    /**
     * Glyph sequences that the worker may replace, by their first glyph; null when the worker is
     * not the Latin one and every word must go through it.
     */
    private final Map<Integer, List<int[]>> replaced;
    private final BitSet codePoints = new BitSet();
    private final BitSet glyphs = new BitSet();
    private final Buffer shown = new Buffer();

    Shaper(PDType0Font font) {
        this.font = font;
        this.cmap = font.getCmapLookup();
        GsubData gsub = font.getGsubData();
        if (gsub == GsubData.NO_DATA_FOUND) {
            worker = null;
            replaced = null;
            return;
        }
        worker = new GsubWorkerFactory().getGsubWorker(cmap, gsub);
        replaced = worker instanceof GsubWorkerForLatin ? sequences(gsub) : null;
    }

    private static Map<Integer, List<int[]>> sequences(GsubData gsub) {
        Map<Integer, List<int[]>> byFirst = new HashMap<>();
        for (String name : LATIN) {
            if (!gsub.isFeatureSupported(name)) {
                continue;
            }
            ScriptFeature feature = gsub.getFeature(name);
            for (List<Integer> sequence : feature.getAllGlyphIdsForSubstitution()) {
                if (!sequence.isEmpty()) {
                    byFirst.computeIfAbsent(sequence.get(0), k -> new ArrayList<>())
                            .add(sequence.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        return byFirst;
    }

    /**
     * Shows {@code text} in the current text object of {@code cs}, in this shaper's font (which
     * must be the font set): the same bytes as {@code cs.showText(text)}.
     */
    @SuppressWarnings("deprecation") // appendRawCommands is PDFBox 3's only way to write an encoded string
    void show(PDPageContentStream cs, String text) throws IOException {
        byte[] encoded = encode(text);
        shown.count = 0;
        COSWriter.writeString(encoded, shown);
        shown.write(TJ);
        cs.appendRawCommands(Arrays.copyOf(shown.bytes, shown.count));
    }

    /**
     * Returns {@code text}'s bytes for a {@code Tj} and adds its code points and glyphs to the
     * font's subset, as {@code showText} would.
     *
     * @throws IllegalStateException if the font has no glyph for a character (as {@code showText})
     */
    byte[] encode(String text) throws IOException {
        byte[] bytes = worker == null ? font.encode(text) : shape(text);
        if (font.willBeSubset()) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (!codePoints.get(cp)) {
                    codePoints.set(cp);
                    font.addToSubset(cp);
                }
                i += Character.charCount(cp);
            }
        }
        return bytes;
    }

    private byte[] shape(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 * text.length());
        Set<Integer> used = new HashSet<>();
        // Words and single spaces, as PDFBox's StringUtil.tokenizeOnSpace splits at \s.
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !space(text.charAt(i))) {
                continue;
            }
            if (i > start) {
                word(text.substring(start, i), out, used);
            }
            if (i < text.length()) {
                out.write(font.encode(text.substring(i, i + 1)));
            }
            start = i + 1;
        }
        if (font.willBeSubset() && !used.isEmpty()) {
            font.addGlyphsToSubset(used);
        }
        return out.toByteArray();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private void word(String word, ByteArrayOutputStream out, Set<Integer> used) throws IOException {
        int[] ids = new int[word.codePointCount(0, word.length())];
        int n = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int id = cmap.getGlyphId(cp);
            if (id <= 0) {
                throw new IllegalStateException("could not find the glyphId for the character: "
                        + new String(Character.toChars(cp)) + ", codePoint: " + cp);
            }
            ids[n++] = id;
            i += Character.charCount(cp);
        }
        if (replaced == null || mayReplace(ids)) {
            List<Integer> list = new ArrayList<>(ids.length);
            for (int id : ids) {
                list.add(id);
            }
            ids = worker.applyTransforms(list).stream().mapToInt(Integer::intValue).toArray();
        }
        for (int id : ids) {
            if (!glyphs.get(id)) {
                glyphs.set(id);
                used.add(id);
            }
            out.write(font.encodeGlyphId(id));
        }
    }

    /** Returns whether one of the sequences the Latin worker replaces occurs in {@code ids}. */
    private boolean mayReplace(int[] ids) {
        for (int i = 0; i < ids.length; i++) {
            List<int[]> candidates = replaced.get(ids[i]);
            if (candidates == null) {
                continue;
            }
            for (int[] sequence : candidates) {
                if (startsAt(ids, i, sequence)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(int[] ids, int at, int[] sequence) {
        if (at + sequence.length > ids.length) {
            return false;
        }
        for (int k = 0; k < sequence.length; k++) {
            if (ids[at + k] != sequence[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A byte buffer without ByteArrayOutputStream's locks: COSWriter writes a string byte by byte,
     * and the locks alone took about a tenth of the report's time.
     */
    private static final class Buffer extends OutputStream {
        byte[] bytes = new byte[256];
        int count;

        @Override
        public void write(int b) {
            if (count == bytes.length) {
                bytes = Arrays.copyOf(bytes, 2 * count);
            }
            bytes[count++] = (byte) b;
        }
    }
}
