package io.github.cetrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.reporting.internal.Csv;
import io.github.cetrack.reporting.internal.Html;
import io.github.cetrack.reporting.internal.Ics;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

class ReportingProperties {

    @Property
    void anyStringSurvivesACsvRoundTripAsItsNeutralisedForm(@ForAll String a, @ForAll String b) throws IOException {
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, List.of(a, b, "end"));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.toString())).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get(0)).isEqualTo(Csv.neutralise(a));
        assertThat(records.get(0).get(1)).isEqualTo(Csv.neutralise(b));
        assertThat(records.get(0).get(2)).isEqualTo("end");
        assertThat(Csv.neutralise(a)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
    }

    @Property
    void anyStringEscapedForHtmlHasNoMarkupAndUnescapesToItself(@ForAll String s) {
        String escaped = Html.esc(s);
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        String back = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        assertThat(back).isEqualTo(s);
    }

    @Property
    void anyIcsLineIsFoldedWithinSeventyFiveOctetsAndUnfoldsToItsContent(@ForAll String s) {
        StringBuilder out = new StringBuilder();
        String content = "DESCRIPTION:" + Ics.text(s);
        Ics.line(out, content);
        String text = out.toString();
        assertThat(text).endsWith("\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(text.substring(0, text.length() - 2).replace("\r\n ", "")).isEqualTo(content);
        assertThat(Ics.text(s)).doesNotContain("\n", "\r");
    }
}
