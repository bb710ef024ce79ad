package io.github.cetrack.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShaperTest {

    /** Words with DejaVu's ligatures (ff, fi, fl, ffi, ffl), spaces of every kind PDFBox splits at, and more. */
    static final List<String> TEXTS = List.of("", " ", "   ", "Certificate", "office affluent baffled fjord ffffi",
            "fi", "ff", "ffl", "ffi", "f i", "  two  spaces ", "Café crème brûlée", "e\u0301", "Ωμέγα Кириллица",
            "16 CCR § 1887.3(a) - total (checked 2026-11-29)", "• … – “quoted”", "(parens) \\back\\slash",
            "a\u00a0b", "2026-02-01 3 h law_and_ethics 0123456789ab", "\uD800\uDF00\uD800\uDF01 f\uD800\uDF02i", "MISSING");

    static List<String> texts() {
        List<String> texts = new ArrayList<>(TEXTS);
        Random random = new Random(14);
        String alphabet = "ffffiiillltaé  Ωx";
        for (int i = 0; i < 300; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(s.toString());
        }
        return texts;
    }

    static byte[] document(String font, boolean shaper, List<String> texts) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream in = PdfCanvas.class.getResourceAsStream("fonts/" + font)) {
            PDType0Font f = PDType0Font.load(doc, in, true);
            Shaper shaped = new Shaper(f);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(f, 10);
                for (String text : texts) {
                    if (shaper) {
                        shaped.show(cs, text);
                    } else {
                        cs.showText(text);
                    }
                    cs.newLineAtOffset(0, -12);
                }
                cs.endText();
            }
            doc.setDocumentId(14L);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"})
    void showsTextAsShowTextDoesToTheByteWithTheSameSubset(String font) throws IOException {
        List<String> texts = texts();
        byte[] shaped = document(font, true, texts);
        assertThat(shaped).isEqualTo(document(font, false, texts));
        try (PDDocument doc = Loader.loadPDF(shaped)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Certificate", "office affluent baffled",
                    "Café crème brûlée", "Кириллица", "(parens) \\back\\slash");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"})
    void usesTheLigatureGlyphsAsShowTextDoes(String font) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream in = PdfCanvas.class.getResourceAsStream("fonts/" + font)) {
            PDType0Font f = PDType0Font.load(doc, in, true);
            byte[] plain = f.encode("Certificate");
            byte[] shaped = new Shaper(f).encode("Certificate");
            assertThat(shaped.length).as("f and i become one glyph").isEqualTo(plain.length - 2);
        }
    }

    @Test
    void failsLikeShowTextOnACharacterTheFontLacks() throws IOException {
        try (PDDocument doc = new PDDocument();
                InputStream in = PdfCanvas.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            PDType0Font f = PDType0Font.load(doc, in, true);
            assertThatThrownBy(() -> new Shaper(f).encode("a\uE000b")).isInstanceOf(IllegalStateException.class);
        }
    }
}
