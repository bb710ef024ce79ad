package io.github.cetrack.reporting.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a ZIP file's central directory, the only place that says whether an entry is a symbolic
 * link, and checks every entry against {@link PacketLimits} before any byte is inflated. Not API.
 */
final class ZipDirectory {

    private static final int EOCD = 0x06054b50;
    private static final int CEN = 0x02014b50;
    private static final int EOCD_SIZE = 22;
    private static final int CEN_SIZE = 46;
    private static final int UNIX = 3;

    /** One entry as the central directory lists it. */
    record Entry(String name, long compressedSize, long size) {}

    /** The entries, or the problem that makes the archive invalid. */
    record Result(List<Entry> entries, String problem) {}

    private ZipDirectory() {}

    static Result read(SeekableByteChannel channel) throws IOException {
        long length = channel.size();
        if (length < EOCD_SIZE) {
            return invalid("the file is not a ZIP archive");
        }
        int tail = (int) Math.min(length, EOCD_SIZE + 0xFFFF);
        ByteBuffer end = read(channel, length - tail, tail);
        int at = -1;
        for (int i = tail - EOCD_SIZE; i >= 0; i--) {
            if (end.getInt(i) == EOCD) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return invalid("the file is not a ZIP archive (no central directory)");
        }
        int count = Short.toUnsignedInt(end.getShort(at + 10));
        long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
        long offset = Integer.toUnsignedLong(end.getInt(at + 16));
        if (count == 0xFFFF || directorySize == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
            return invalid("the archive is a ZIP64 archive, larger than any packet");
        }
        if (count > PacketLimits.MAX_ENTRIES) {
            return invalid(String.format(Locale.ROOT, "the archive has %,d entries, more than the %,d allowed", count,
                    PacketLimits.MAX_ENTRIES));
        }
        long eocdPosition = length - tail + at;
        if (offset + directorySize > eocdPosition || directorySize > (long) count * (CEN_SIZE + 3 * 0xFFFF)) {
            return invalid("the archive's central directory is damaged");
        }
        return entries(read(channel, offset, (int) directorySize), count);
    }

    private static Result entries(ByteBuffer cen, int count) {
        List<Entry> entries = new ArrayList<>(count);
        Set<String> names = new HashSet<>();
        long total = 0;
        int p = 0;
        for (int i = 0; i < count; i++) {
            if (p + CEN_SIZE > cen.limit() || cen.getInt(p) != CEN) {
                return invalid("the archive's central directory is damaged");
            }
            int madeBy = Short.toUnsignedInt(cen.getShort(p + 4)) >>> 8;
            long compressed = Integer.toUnsignedLong(cen.getInt(p + 20));
            long size = Integer.toUnsignedLong(cen.getInt(p + 24));
            int nameLength = Short.toUnsignedInt(cen.getShort(p + 28));
            int skip = Short.toUnsignedInt(cen.getShort(p + 30)) + Short.toUnsignedInt(cen.getShort(p + 32));
            int mode = cen.getInt(p + 38) >>> 16;
            if (p + CEN_SIZE + nameLength + skip > cen.limit()) {
                return invalid("the archive's central directory is damaged");
            }
            String name = name(cen, p + CEN_SIZE, nameLength);
            p += CEN_SIZE + nameLength + skip;
            if (name == null) {
                return invalid("an entry's name is not UTF-8 text");
            }
            String problem = PacketLimits.nameProblem(name);
            if (problem == null && madeBy == UNIX && (mode & 0xF000) == 0xA000) {
                problem = "is a symbolic link";
            } else if (problem == null && madeBy == UNIX && (mode & 0xF000) != 0 && (mode & 0xF000) != 0x8000
                    && (mode & 0xF000) != 0x4000) {
                problem = "is not a regular file";
            } else if (problem == null && !names.add(name)) {
                problem = "appears twice";
            } else if (problem == null) {
                problem = PacketLimits.sizeProblem(size, compressed);
            }
            if (problem != null) {
                return invalid(PacketLimits.shown(name) + " " + problem);
            }
            total += size;
            if (total > PacketLimits.MAX_TOTAL_BYTES) {
                return invalid(PacketLimits.tooLarge());
            }
            entries.add(new Entry(name, compressed, size));
        }
        return new Result(List.copyOf(entries), null);
    }

    private static String name(ByteBuffer cen, int from, int length) {
        byte[] bytes = new byte[length];
        cen.get(from, bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static ByteBuffer read(SeekableByteChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(position);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new java.io.EOFException("the archive ends early");
            }
        }
        return buffer.flip();
    }

    private static Result invalid(String problem) {
        return new Result(List.of(), problem);
    }
}
