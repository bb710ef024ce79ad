package io.github.cetrack.examples.cli;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.reporting.AuditPacket;
import io.github.cetrack.reporting.CertificateSource;
import io.github.cetrack.reporting.PacketManifest;
import io.github.cetrack.reporting.PacketVerification;
import io.github.cetrack.reporting.ReportData;
import io.github.cetrack.reporting.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit-packet", mixinStandardHelpOptions = true,
        description = {"Writes an audit packet: one ZIP with the audit report PDF, every certificate of the "
                + "cycle under a generated name, and manifest.json with the SHA-256 of each file.",
            "Without FILE, the licence and certificates come from your records; with FILE, certificates are read "
                + "from --certificates DIR (by SHA-256 or file name) and checked against FILE."},
        subcommands = AuditPacketCommand.Verify.class,
        footer = {"", "Examples:", "  cetrack audit-packet --license us-ca-lcsw --out packet.zip",
                "  cetrack audit-packet examples/sample/ca-lcsw-certificates.json "
                + "--certificates examples/sample/certificates --out packet.zip",
                "Exit codes: 0 written, 2 bad input (or a certificate that does not match), 3 file error."})
final class AuditPacketCommand extends Printing {

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "JSON file with license, optional cycle, and activities.")
    Path file;

    @Option(names = "--license", paramLabel = "ID",
            description = "Without FILE: which of your licences (needed when you hold several).")
    String license;

    @picocli.CommandLine.Mixin
    DbOption db;

    @Option(names = "--out", paramLabel = "PACKET.zip", description = "Where to write the packet (required).")
    Path out;

    @Option(names = "--certificates", paramLabel = "DIR", description = "Directory of certificate files (required).")
    Path certificates;

    @Option(names = "--locale", paramLabel = "TAG", description = "Locale of the report's dates, like en-US.")
    String locale;

    @Override
    int print(PrintWriter stdout) {
        if (out == null) {
            throw InvalidInputException.of("--out", "is required", null);
        }
        if (file == null) {
            try (Tracker tracker = Tracker.open(db)) {
                return write(tracker.reportData(tracker.licenseId(license)), tracker.certificates(), stdout);
            }
        }
        if (certificates == null) {
            throw InvalidInputException.of("--certificates", "is required with FILE", null);
        }
        if (!Files.isDirectory(certificates)) {
            throw InvalidInputException.of("--certificates", "is not a directory", certificates);
        }
        return write(Reporting.evaluate(ComplianceEngine.create(), file), CertificateSource.directory(certificates), stdout);
    }

    private int write(ReportData data, CertificateSource source, PrintWriter stdout) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        PacketManifest manifest;
        try {
            manifest = AuditPacket.write(data, source, Reports.create(Reporting.options(locale)), zip);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("certificate not found: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a certificate: " + e.getMessage(), e);
        }
        Reporting.write(out, zip.toByteArray());
        stdout.printf("Wrote %s: %d files and manifest.json (%,d bytes)%n", out, manifest.files().size(),
                zip.size());
        for (PacketManifest.Entry e : manifest.files()) {
            stdout.printf("  %-40s %s%n", e.path(), e.sha256());
        }
        return Cetrack.OK;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Re-checks an audit packet against its manifest and names any file that changed, is "
                    + "missing or was added.",
            footer = {"", "Example: cetrack audit-packet verify packet.zip",
                    "Exit codes: 0 intact, 1 a file changed, is missing or was added, 2 bad input (including a file that",
                    "is not a valid packet: damaged, a ZIP bomb, links, paths outside it, names used twice), 3 file error."})
    static final class Verify extends Printing {

        @Parameters(paramLabel = "PACKET.zip", description = "The packet to check.")
        Path packet;

        @Override
        int print(PrintWriter out) {
            PacketVerification v;
            try {
                v = AuditPacket.verify(packet);
            } catch (NoSuchFileException e) {
                throw InvalidInputException.of("PACKET.zip", "does not exist", packet);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + packet + ": " + e.getMessage(), e);
            }
            out.println(Terminal.safe(packet + ": " + v.describe()));
            if (!v.isValid()) {
                return Cetrack.BAD_INPUT;
            }
            return v.isIntact() ? Cetrack.OK : Cetrack.NOT_COMPLIANT;
        }
    }
}
