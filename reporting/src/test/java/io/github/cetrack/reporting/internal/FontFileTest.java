package io.github.cetrack.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class FontFileTest {

    /** Returns a document showing {@code text} in {@code file} embedded as a subset. */
    static byte[] document(TrueTypeFont file, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, file, true);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.setDocumentId(14L);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).strip();
        }
    }

    @Test
    void aFontGivenBackServesTheNextDocumentWhichHasItsOwnTextAndSubsetOnly() throws IOException {
        FontFile file = new FontFile("DejaVuSans.ttf");
        String first = "Ωμέγα office Кириллица";
        String second = "Certificate 2026-11-29";
        TrueTypeFont font = file.take();
        byte[] a = document(font, first);
        file.give(font);
        TrueTypeFont again = file.take();
        assertThat(again).isSameAs(font);
        byte[] b = document(again, second);
        file.give(again);

        assertThat(text(a)).isEqualTo(first);
        assertThat(text(b)).isEqualTo(second);
        // The same bytes as from fonts parsed for them alone: nothing of the first document stays in the font.
        FontFile fresh = new FontFile("DejaVuSans.ttf");
        assertThat(b).isEqualTo(document(fresh.take(), second));
        assertThat(a).isEqualTo(document(fresh.take(), first));
        assertThat(b.length).as("no Greek or Cyrillic glyphs in the second subset").isLessThan(a.length);
    }

    @Test
    void documentsOpenAtOnceNeverShareAParsedFontAndAtMostKeptAreKept() throws IOException {
        FontFile file = new FontFile("DejaVuSans-Bold.ttf");
        List<TrueTypeFont> open = new ArrayList<>();
        for (int i = 0; i <= FontFile.KEPT; i++) {
            open.add(file.take());
        }
        Set<TrueTypeFont> distinct = new HashSet<>(open);
        assertThat(distinct).hasSize(FontFile.KEPT + 1);
        for (TrueTypeFont f : open) {
            file.give(f);
        }
        Set<TrueTypeFont> again = new HashSet<>();
        for (int i = 0; i <= FontFile.KEPT; i++) {
            again.add(file.take());
        }
        again.retainAll(distinct);
        assertThat(again).as("the kept ones come back, one more is parsed anew").hasSize(FontFile.KEPT);
    }

    @Test
    void aCanvasClosedTwiceGivesItsFontsBackOnce() throws IOException {
        PdfCanvas canvas = new PdfCanvas();
        canvas.close();
        canvas.close();
        TrueTypeFont a = FontFile.REGULAR.take();
        TrueTypeFont b = FontFile.REGULAR.take();
        assertThat(a).isNotSameAs(b);
        FontFile.REGULAR.give(a);
        FontFile.REGULAR.give(b);
    }
}
