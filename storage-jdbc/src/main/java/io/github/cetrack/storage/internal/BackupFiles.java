package io.github.cetrack.storage.internal;

import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.store.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens the files of a backup directory as a hostile directory could hold them: only regular files
 * reached without following a link (no link to {@code /dev/zero}, no FIFO, device or directory,
 * nothing outside the backup), checked before they are opened, and never more bytes read than the
 * file may hold. Not API.
 */
final class BackupFiles {

    /** The largest {@code tenant.json} read: 1 GiB. */
    static final long MAX_INDEX_BYTES = 1L << 30;

    private BackupFiles() {}

    /** Thrown by a {@link Bounded} stream past its limit; an IOException, so Jackson passes it on unwrapped. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("too large");
        }
    }

    /** Returns a strict UTF-8 reader of {@code tenant.json}; read errors surface as input errors through {@link #failure}. */
    static Reader index(Path directory) {
        InputStream in = open(directory, Backups.INDEX);
        return new InputStreamReader(new Bounded(in, MAX_INDEX_BYTES), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Turns a failure to read {@code tenant.json} into an input or storage error. */
    static RuntimeException failure(IOException e, Path directory) {
        if (e instanceof TooLarge) {
            return InvalidInputException.of(Backups.INDEX, "must be at most " + MAX_INDEX_BYTES + " bytes", null);
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return InvalidInputException.of(Backups.INDEX, "must be UTF-8 text", null);
        }
        return new StoreException("cannot read " + directory.resolve(Backups.INDEX) + ": " + e.getMessage(), e);
    }

    /** Returns the bytes of {@code certificates/<sha256>}, refusing a file larger than {@code maxBytes}. */
    static byte[] certificate(Path directory, String sha256, long maxBytes) {
        String name = Backups.CERTIFICATES + "/" + sha256;
        try (InputStream in = new Bounded(open(directory, name), maxBytes)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (TooLarge e) {
            throw InvalidInputException.of(name, "must be at most " + maxBytes + " bytes", null);
        } catch (IOException e) {
            throw new StoreException("cannot read backup file " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code c}'s file again and checks it still holds exactly the bytes checked before. */
    static byte[] verified(Path directory, Certificate c) {
        byte[] bytes = certificate(directory, c.sha256(), c.size());
        if (bytes.length != c.size() || !Certificate.sha256(bytes).equals(c.sha256())) {
            throw InvalidInputException.of(Backups.CERTIFICATES + "/" + c.sha256(), "changed while the backup was being restored",
                    null);
        }
        return bytes;
    }

    /**
     * Opens {@code relative} (like {@code certificates/ab12…}) under {@code directory}: each step
     * must be a directory and the last a regular file, none of them a link. The backup directory
     * itself may be reached through a link.
     */
    private static InputStream open(Path directory, String relative) {
        Path path = directory;
        String[] steps = relative.split("/");
        for (int i = 0; i < steps.length; i++) {
            path = path.resolve(steps[i]);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                throw InvalidInputException.of(relative, "must be a file in the backup", null);
            } catch (IOException e) {
                throw new StoreException("cannot read backup file " + relative + ": " + e.getMessage(), e);
            }
            boolean last = i == steps.length - 1;
            if (last ? !attributes.isRegularFile() : !attributes.isDirectory()) {
                throw InvalidInputException.of(relative, "must be a regular file inside the backup directory (not a link, "
                        + "FIFO, device or directory)", null);
            }
        }
        try {
            // NOFOLLOW_LINKS again at open: a link put in place after the check is refused, not followed.
            return Channels.newInputStream(Files.newByteChannel(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new StoreException("cannot read backup file " + relative + ": " + e.getMessage(), e);
        }
    }

    /** Stops with {@link TooLarge} as soon as more than {@code limit} bytes have been read. */
    static final class Bounded extends java.io.FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, limit - read + 1)));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge();
            }
        }
    }
}
