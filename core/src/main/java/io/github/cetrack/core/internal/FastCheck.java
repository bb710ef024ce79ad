package io.github.cetrack.core.internal;

import io.github.cetrack.core.Approvals;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Topics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Plain-Java versions of the constraints on the hot input types. When they pass, the input is
 * valid and the reflective validator is skipped; when they fail, the validator runs and reports
 * the violations. A property test keeps the two in agreement. Not API.
 */
final class FastCheck {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private FastCheck() {}

    /** Returns whether {@code value} is certainly valid; {@code false} for types it does not know. */
    static boolean valid(Object value) {
        if (value instanceof CeActivity a) {
            return activity(a);
        }
        if (value instanceof License l) {
            return license(l);
        }
        if (value instanceof RenewalCycle c) {
            return c.start() != null && c.end() != null && plausible(c.start()) && plausible(c.end())
                    && !c.end().isBefore(c.start());
        }
        return false;
    }

    private static boolean license(License l) {
        return max(l.holder(), 200) && plain(l.holder()) && plain(l.number()) && l.jurisdiction() != null && notBlank(l.licenseType())
                && l.licenseType().length() <= 20 && isType(l.licenseType()) && max(l.number(), 40)
                && l.firstIssuedOn() != null && plausible(l.firstIssuedOn()) && plausibleOrNull(l.expiresOn())
                && plausibleOrNull(l.birthDate()) && codes(l.roles(), ROLE)
                && (l.expiresOn() == null || l.expiresOn().isAfter(l.firstIssuedOn()));
    }

    private static boolean activity(CeActivity a) {
        return max(a.id(), 64) && plain(a.id()) && plain(a.title()) && plain(a.provider()) && notBlank(a.title()) && a.title().length() <= 300 && notBlank(a.provider())
                && a.provider().length() <= 200 && codes(a.approvals(), APPROVAL)
                && plausibleOrNull(a.startedOn())
                && a.completedOn() != null && plausible(a.completedOn()) && hours(a.hours()) && a.unit() != null
                && a.format() != null && a.kind() != null && codes(a.topics(), TOPIC)
                && (a.certificate() == null || certificate(a.certificate()))
                && (a.startedOn() == null || !a.startedOn().isAfter(a.completedOn()));
    }

    private static boolean certificate(Certificate c) {
        return c.sha256() != null && SHA256.matcher(c.sha256()).matches() && notBlank(c.mediaType())
                && plain(c.mediaType()) && plain(c.fileName())
                && c.mediaType().length() <= 100 && c.size() >= 0 && max(c.fileName(), 255);
    }

    // @DecimalMin("0") and @Digits(integer = 4, fraction = 2), as Hibernate Validator reads them.
    private static boolean hours(BigDecimal hours) {
        if (hours == null || hours.signum() < 0) {
            return false;
        }
        // As written, trailing zeros included: 12.340 has three decimals.
        int fraction = Math.max(hours.scale(), 0);
        int integer = hours.precision() - hours.scale();
        return integer <= 4 && fraction <= 2;
    }

    // The kind of code as a switch over static calls, not a Predicate: called with three different
    // predicates, the Predicate's call site was megamorphic and not inlined (6% of a batch's CPU in
    // the issue 14 profile, self time).
    private static final int APPROVAL = 0;
    private static final int TOPIC = 1;
    private static final int ROLE = 2;

    private static boolean codes(Collection<String> codes, int kind) {
        if (codes == null) {
            return false;
        }
        for (String code : array(codes)) {
            boolean known = switch (kind) {
                case APPROVAL -> Approvals.isKnown(code);
                case TOPIC -> Topics.isKnown(code);
                default -> isCode(code);
            };
            if (!known) {
                return false;
            }
        }
        return true;
    }

    // The engine checks every activity's codes: a Codes set's own array, no iterator.
    private static String[] array(Collection<String> codes) {
        return codes instanceof Codes known ? known.sorted : codes.toArray(new String[0]);
    }

    // [A-Z0-9-]+ without a regex's Matcher, which every licence built (issue 14 profile).
    private static boolean isType(String type) {
        if (type.isEmpty()) {
            return false;
        }
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    // [a-z][a-z0-9_]{0,39} without a regex: this runs for every role of every licence.
    private static boolean isCode(String code) {
        if (code == null || code.isEmpty() || code.length() > 40) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || c == '_'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean max(String text, int length) {
        return text == null || text.length() <= length;
    }

    private static boolean plain(String text) {
        return PlainTextValidator.isPlain(text);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.trim().isEmpty();
    }

    private static boolean plausible(LocalDate date) {
        return !date.isBefore(PlausibleDateValidator.EARLIEST) && !date.isAfter(PlausibleDateValidator.LATEST);
    }

    private static boolean plausibleOrNull(LocalDate date) {
        return date == null || plausible(date);
    }
}
