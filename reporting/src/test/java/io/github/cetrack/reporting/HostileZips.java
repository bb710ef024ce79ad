package io.github.cetrack.reporting;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/** Builds hostile ZIP files: written by the JDK, then patched where the JDK would refuse to write them. */
final class HostileZips {

    private HostileZips() {}

    /** Calls {@code patch} with the buffer and the offset of each central directory entry. */
    static byte[] patchCentral(byte[] zip, BiConsumer<ByteBuffer, Integer> patch) {
        ByteBuffer b = ByteBuffer.wrap(zip.clone()).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = zip.length - 22;
        while (b.getInt(eocd) != 0x06054b50) {
            eocd--;
        }
        int count = Short.toUnsignedInt(b.getShort(eocd + 10));
        int p = b.getInt(eocd + 16);
        for (int i = 0; i < count; i++) {
            patch.accept(b, p);
            p += 46 + Short.toUnsignedInt(b.getShort(p + 28)) + Short.toUnsignedInt(b.getShort(p + 30))
                    + Short.toUnsignedInt(b.getShort(p + 32));
        }
        return b.array();
    }

    /** Marks the entry named {@code name} as made on Unix with file type bits {@code type} (like 0120000, a link). */
    static byte[] unixType(byte[] zip, String name, int type) {
        return patchCentral(zip, (b, p) -> {
            if (name(b, p).equals(name)) {
                b.put(p + 5, (byte) 3);
                b.putInt(p + 38, (type | 0777) << 16);
            }
        });
    }

    /** Makes the central directory declare {@code size} uncompressed bytes for every entry. */
    static byte[] declaredSize(byte[] zip, long size) {
        return patchCentral(zip, (b, p) -> b.putInt(p + 24, (int) size));
    }

    /** Makes the central directory declare {@code size} uncompressed and {@code compressed} compressed bytes for every entry. */
    static byte[] declaredSizes(byte[] zip, long size, long compressed) {
        return patchCentral(zip, (b, p) -> b.putInt(p + 20, (int) compressed).putInt(p + 24, (int) size));
    }

    /** Replaces every occurrence of the bytes of {@code from} by those of {@code to} (same length), headers included. */
    static byte[] rename(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        byte[] out = zip.clone();
        for (int i = 0; i + a.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, out, i, b.length);
            }
        }
        return out;
    }

    /** Renames only in the first local header, so that the entries differ from the central directory. */
    static byte[] renameLocalOnly(byte[] zip, String from, String to) {
        byte[] out = zip.clone();
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + a.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(to.getBytes(StandardCharsets.UTF_8), 0, out, i, a.length);
                return out;
            }
        }
        throw new IllegalArgumentException(from);
    }

    private static String name(ByteBuffer b, int p) {
        byte[] name = new byte[Short.toUnsignedInt(b.getShort(p + 28))];
        b.get(p + 46, name);
        return new String(name, StandardCharsets.UTF_8);
    }
}
