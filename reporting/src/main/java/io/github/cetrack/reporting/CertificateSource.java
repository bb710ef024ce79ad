package io.github.cetrack.reporting;

import io.github.cetrack.core.Certificate;
import io.github.cetrack.reporting.internal.Directory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where certificate bytes come from: a directory, a database, an object store. Audit packets read
 * each certificate through it and check the bytes against the certificate's SHA-256.
 *
 * <pre>{@code
 * CertificateSource dir = CertificateSource.directory(Path.of("certificates"));
 * CertificateSource db = certificate -> store.open(certificate.sha256());
 * }</pre>
 */
@FunctionalInterface
public interface CertificateSource {

    /**
     * Opens the bytes of {@code certificate}; the caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException when the source does not hold it
     * @throws IOException when it cannot be read
     */
    InputStream open(Certificate certificate) throws IOException;

    /**
     * Returns a source that finds a certificate in {@code dir} as a file named by its SHA-256 (with
     * or without an extension) or, failing that, by its file name. Names never leave {@code dir}.
     */
    static CertificateSource directory(Path dir) {
        return new Directory(dir);
    }
}
