package io.github.cetrack.reporting;

import io.github.cetrack.reporting.internal.Csv;
import io.github.cetrack.reporting.internal.Html;
import io.github.cetrack.reporting.internal.Json;
import io.github.cetrack.reporting.internal.Model;
import io.github.cetrack.reporting.internal.Pdf;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders renewal and audit reports as PDF, HTML, CSV or JSON. A report is a pure function of its
 * data and the options: with a fixed clock the bytes are the same every time. Instances are
 * immutable and safe to share between threads.
 *
 * <pre>{@code
 * Reports reports = Reports.create(ReportOptions.iso(Clock.systemUTC()));
 * byte[] pdf = reports.render(ReportData.of(evaluation, licenseType, activities),
 *         ReportKind.RENEWAL, ReportFormat.PDF);
 * }</pre>
 */
public final class Reports {

    private static final Logger LOG = LoggerFactory.getLogger(Reports.class);

    private final ReportOptions options;

    private Reports(ReportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Returns a renderer with the given clock and locale. */
    public static Reports create(ReportOptions options) {
        return new Reports(options);
    }

    /** Returns the options this renderer uses. */
    public ReportOptions options() {
        return options;
    }

    /**
     * Returns the {@code kind} report of {@code data} in {@code format}; text formats are UTF-8.
     *
     * @throws io.github.cetrack.core.InvalidInputException when the data's activities do not match the evaluation
     */
    public byte[] render(ReportData data, ReportKind kind, ReportFormat format) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Model model = Model.of(kind, data, options);
        byte[] bytes = switch (format) {
            case PDF -> Pdf.report(model);
            case HTML -> Html.report(model).getBytes(StandardCharsets.UTF_8);
            case CSV -> Csv.report(model).getBytes(StandardCharsets.UTF_8);
            case JSON -> Json.report(model).getBytes(StandardCharsets.UTF_8);
        };
        LOG.debug("rendered the {} report of {} as {}: {} activities, {} bytes", kind, data.evaluation().license()
                .typeKey(), format, data.activities().size(), bytes.length);
        return bytes;
    }

    /** Writes the {@code kind} report of {@code data} in {@code format} to {@code out}, which stays open. */
    public void write(ReportData data, ReportKind kind, ReportFormat format, OutputStream out) throws IOException {
        out.write(render(data, kind, format));
    }

    /** Returns the renewal report as PDF: {@code render(data, ReportKind.RENEWAL, ReportFormat.PDF)}. */
    public byte[] renewalPdf(ReportData data) {
        return render(data, ReportKind.RENEWAL, ReportFormat.PDF);
    }

    /** Returns the {@code kind} report as a string in a text format (HTML, CSV or JSON). */
    public String text(ReportData data, ReportKind kind, ReportFormat format) {
        if (format == ReportFormat.PDF) {
            throw new IllegalArgumentException("format: PDF is not a text format");
        }
        return new String(render(data, kind, format), StandardCharsets.UTF_8);
    }
}
