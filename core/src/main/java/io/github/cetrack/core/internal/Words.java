package io.github.cetrack.core.internal;

import io.github.cetrack.core.Share;
import java.math.BigDecimal;
import java.util.Locale;

/** Plain-language rendering of amounts and codes. Not API. */
public final class Words {

    private Words() {}

    /** Returns {@code "6 hours"}, {@code "1 hour"}, {@code "1.5 hours"}. */
    public static String hours(BigDecimal hours) {
        // The text depends on the amount alone; amounts up to 100 hours in hundredths are kept once
        // built (racy but safe: strings are immutable). The engine writes several per activity.
        int cents = cents(hours);
        if (cents >= 0) {
            String known = HOURS[cents];
            if (known == null) {
                known = text(hours);
                HOURS[cents] = known;
            }
            return known;
        }
        return text(hours);
    }

    /**
     * Returns {@code hundredths} of an hour as {@link #hours(BigDecimal)} writes them, for callers
     * that count in hundredths: no amount to build, and the same cache.
     */
    public static String hoursOfHundredths(long hundredths) {
        if (hundredths >= 0 && hundredths < HOURS.length) {
            String known = HOURS[(int) hundredths];
            if (known == null) {
                known = text(BigDecimal.valueOf(hundredths, 2));
                HOURS[(int) hundredths] = known;
            }
            return known;
        }
        return text(BigDecimal.valueOf(hundredths, 2));
    }

    private static final String[] HOURS = new String[10_001];

    private static String text(BigDecimal hours) {
        String text = number(hours);
        return text + (text.equals("1") ? " hour" : " hours");
    }

    // The amount in hundredths when it is a whole number of them from 0 to 10,000, otherwise -1.
    private static int cents(BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > 2 || value.signum() < 0 || value.precision() > 7) {
            return -1;
        }
        // Moving the point by the scale reads the unscaled value without the BigInteger that
        // unscaledValue() builds (2.8% of a batch's CPU in the issue 14 profile).
        long unscaled = value.movePointRight(scale).longValue();
        long cents = scale == 0 ? unscaled * 100 : scale == 1 ? unscaled * 10 : unscaled;
        return cents <= 10_000 ? (int) cents : -1;
    }

    /** Returns the amount as text without trailing zeros, like {@code "1.5"}. */
    public static String number(BigDecimal value) {
        // Whole amounts are by far the most common; skip BigDecimal's general formatting for them.
        // (At most 18 digits fit a long; the general path below writes any other amount the same way.)
        if (value.scale() >= 0 && value.scale() <= 2 && value.precision() <= 18) {
            long unscaled = value.movePointRight(value.scale()).longValue();
            long factor = value.scale() == 0 ? 1 : value.scale() == 1 ? 10 : 100;
            if (unscaled % factor == 0) {
                return Long.toString(unscaled / factor);
            }
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    /** Returns {@code "12 hours"} or {@code "1/3 of the required total"}. */
    public static String limit(BigDecimal hours, Share share) {
        return hours != null ? hours(hours) : share + " of the required total";
    }

    /** Returns {@code "law and ethics"} for {@code law_and_ethics}. */
    public static String category(String code) {
        return code.replace('_', ' ');
    }

    /**
     * Returns a category's label as it reads inside a sentence: {@code "law and ethics"} for {@code
     * "Law and ethics"}, while {@code "HIV/AIDS"} keeps its capitals.
     */
    public static String label(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    /** Returns {@code text} with its first letter in upper case. */
    public static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
