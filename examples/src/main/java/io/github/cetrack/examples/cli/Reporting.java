package io.github.cetrack.examples.cli;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.reporting.CertificateSource;
import io.github.cetrack.reporting.ReportData;
import io.github.cetrack.reporting.ReportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** What the report, audit-packet and calendar commands share. */
final class Reporting {

    private Reporting() {}

    /** Evaluates an input file and returns what a report needs. */
    static ReportData evaluate(ComplianceEngine engine, Path file) {
        Input input = Input.read(file);
        return data(engine, input);
    }

    static ReportData data(ComplianceEngine engine, Input input) {
        Evaluation e = engine.evaluate(input.license(), input.cycle(), input.activities());
        LicenseType type = engine.catalog().licenseType(e.license().jurisdiction(), e.license().licenseType())
                .orElse(null);
        return ReportData.of(e, type, input.activities());
    }

    static ReportOptions options(String locale) {
        if (locale == null) {
            return ReportOptions.iso(Tracker.clock());
        }
        Locale l = Locale.forLanguageTag(locale.trim());
        if (l.getLanguage().isEmpty()) {
            throw InvalidInputException.of("--locale", "must be a language tag like en-US", locale);
        }
        return ReportOptions.of(Tracker.clock(), l);
    }

    /**
     * Checks that {@code dir} holds every certificate the activities name, with the SHA-256 and size
     * the input states.
     */
    static void checkCertificates(List<CeActivity> activities, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw InvalidInputException.of("--certificates", "is not a directory", dir);
        }
        CertificateSource source = CertificateSource.directory(dir);
        for (int i = 0; i < activities.size(); i++) {
            CeActivity a = activities.get(i);
            if (a.certificate() == null) {
                continue;
            }
            String field = "activities[" + i + "].certificate";
            try (InputStream in = source.open(a.certificate())) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long size;
                try (DigestInputStream d = new DigestInputStream(in, digest)) {
                    size = d.transferTo(OutputStream.nullOutputStream());
                }
                String actual = HexFormat.of().formatHex(digest.digest());
                if (!actual.equals(a.certificate().sha256())) {
                    throw InvalidInputException.of(field + ".sha256", "does not match the file in " + dir
                            + " (its SHA-256 is " + actual + ")", a.certificate().sha256());
                }
                if (size != a.certificate().size()) {
                    throw InvalidInputException.of(field + ".size", "does not match the file in " + dir
                            + " (" + size + " bytes)", a.certificate().size());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the certificate of activities[" + i + "]: "
                        + e.getMessage(), e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Writes {@code bytes} to {@code out}, creating parent directories. */
    static void write(Path out, byte[] bytes) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
