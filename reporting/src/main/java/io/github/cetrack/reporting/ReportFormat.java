package io.github.cetrack.reporting;

/**
 * The file format of a report.
 *
 * <pre>{@code
 * Path file = Path.of("renewal." + ReportFormat.HTML.extension());
 * }</pre>
 */
public enum ReportFormat {
    /** PDF with embedded fonts, page numbers and a footer. */
    PDF("pdf", "application/pdf"),
    /** One self-contained HTML page (inline CSS, no external resources). */
    HTML("html", "text/html; charset=utf-8"),
    /** RFC 4180 CSV, one row per activity, safe to open in a spreadsheet. */
    CSV("csv", "text/csv; charset=utf-8"),
    /** The whole report as JSON, keys in snake_case and sorted. */
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Returns the file name extension without the dot, like {@code "pdf"}. */
    public String extension() {
        return extension;
    }

    /** Returns the media type, like {@code "application/pdf"}. */
    public String mediaType() {
        return mediaType;
    }
}
