package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.HourUnit;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Plain-language text for reports in a chosen locale (or ISO). Not API. */
public final class Text {

    private final Locale locale;
    private final DateTimeFormatter dates;

    /** Returns text in {@code locale}, or ISO dates and plain numbers when it is {@code null}. */
    public Text(Locale locale) {
        this.locale = locale;
        this.dates = locale == null ? DateTimeFormatter.ISO_LOCAL_DATE
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** Returns the locale's BCP 47 tag, or {@code "en"} for ISO text. */
    public String languageTag() {
        return locale == null ? "en" : locale.toLanguageTag();
    }

    /** Returns the date as ISO or in the locale's medium style. */
    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** Returns the amount without trailing zeros, with the locale's decimal separator. */
    public String number(BigDecimal value) {
        String plain = plain(value);
        if (locale == null) {
            return plain;
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }

    /** Returns {@code "6 hours"}, {@code "1 hour"}, {@code "1.5 hours"}. */
    public String hours(BigDecimal value) {
        return number(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }

    /** Returns {@code "6 h"}. */
    public String shortHours(BigDecimal value) {
        return number(value) + " h";
    }

    /** Returns the amount as plain text without trailing zeros, like {@code "1.5"}. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /** Returns {@code "law and ethics"} for {@code law_and_ethics}. */
    public static String code(String code) {
        return code.replace('_', ' ');
    }

    /** Returns {@code "8 CEU"}, {@code "3 semester credits"}. */
    public String amount(BigDecimal value, HourUnit unit) {
        String name = unit.text();
        boolean plural = value.compareTo(BigDecimal.ONE) != 0 && unit != HourUnit.CEU;
        return number(value) + " " + name + (plural ? "s" : "");
    }
}
