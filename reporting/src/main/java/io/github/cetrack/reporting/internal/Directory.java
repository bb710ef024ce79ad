package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.Certificate;
import io.github.cetrack.reporting.CertificateSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Certificates in a directory, by SHA-256 or file name. Not API. */
public final class Directory implements CertificateSource {

    private final Path dir;

    /** Returns a source reading {@code dir}. */
    public Directory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    @Override
    public InputStream open(Certificate certificate) throws IOException {
        Path found = find(certificate);
        if (found == null) {
            throw new NoSuchFileException(dir.toString(), null, "holds no certificate file named "
                    + certificate.sha256() + "[.ext]" + (certificate.fileName() == null ? ""
                            : " or " + certificate.fileName()));
        }
        return Files.newInputStream(found);
    }

    private Path find(Certificate certificate) throws IOException {
        List<Path> byHash = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, certificate.sha256() + "*")) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                if ((name.equals(certificate.sha256()) || name.startsWith(certificate.sha256() + "."))
                        && Files.isRegularFile(p)) {
                    byHash.add(p);
                }
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(dir.toString(), null, "certificate directory does not exist");
        }
        if (!byHash.isEmpty()) {
            byHash.sort(null);
            return byHash.get(0);
        }
        String name = certificate.fileName();
        if (name != null && safe(name)) {
            Path p = dir.resolve(name).normalize();
            if (p.getParent().equals(dir) && Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean safe(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }
}
