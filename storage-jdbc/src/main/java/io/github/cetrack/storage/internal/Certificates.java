package io.github.cetrack.storage.internal;

import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Inputs;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.IntegrityException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** One tenant's certificate bytes, on one connection. Not API. */
final class Certificates {

    private static final String INSERT = Sql.of(Certificates.class, "insert");

    private final Handle h;
    private final String tenant;

    Certificates(Handle h, String tenant) {
        this.h = h;
        this.tenant = tenant;
    }

    /** Checked and hashed before the transaction, so bad input costs no connection. */
    static Certificate describe(CertificateFile file, long maxBytes) {
        Inputs.check(file);
        Text.check("certificate.file_name", file.fileName());
        if (file.content().length > maxBytes) {
            throw InvalidInputException.of("certificate", "must be at most " + maxBytes + " bytes",
                    file.content().length + " bytes");
        }
        return Certificate.describe(file.content(), file.fileName());
    }

    /** Stores bytes once per tenant; a second copy of the same bytes is a no-op. */
    void put(Certificate c, byte[] content) {
        boolean present = h.createQuery("select count(*) from cetrack_certificate where tenant_id = :t and sha256 = :sha")
                .bind("t", tenant).bind("sha", c.sha256()).mapTo(Integer.class).one() > 0;
        if (!present) {
            h.createUpdate(INSERT).bind("t", tenant).bind("sha", c.sha256()).bind("type", c.mediaType())
                    .bind("size", c.size()).bind("content", content).execute();
        }
    }

    /** Returns the bytes, refusing ones that no longer hash to their key. */
    byte[] get(String sha256) {
        byte[] content = h.createQuery("select content from cetrack_certificate where tenant_id = :t and sha256 = :sha")
                .bind("t", tenant).bind("sha", sha256).map((rs, ctx) -> rs.getBytes("content")).findOne()
                .orElseThrow(() -> Table.notFound("certificate", sha256));
        String actual = Certificate.sha256(content);
        if (!actual.equals(sha256)) {
            throw new IntegrityException("certificate " + sha256 + " is corrupted: its stored bytes hash to " + actual);
        }
        return content;
    }

    /** A reference must name a certificate this tenant stored, with the type and size stored. */
    void checkReference(Certificate c) {
        if (c == null) {
            return;
        }
        Optional<Certificate> stored = h.createQuery("select media_type, byte_size from cetrack_certificate"
                        + " where tenant_id = :t and sha256 = :sha")
                .bind("t", tenant).bind("sha", c.sha256())
                .map((rs, ctx) -> new Certificate(c.sha256(), rs.getString("media_type"), rs.getLong("byte_size"), c.fileName()))
                .findOne();
        if (stored.isEmpty()) {
            throw InvalidInputException.of("activity.certificate.sha256", "must name a certificate stored in this tenant", c.sha256());
        }
        if (!stored.get().equals(c)) {
            throw InvalidInputException.of("activity.certificate", "must match the stored certificate ("
                    + stored.get().mediaType() + ", " + stored.get().size() + " bytes)", c.mediaType() + ", " + c.size() + " bytes");
        }
    }
}
