package dev.pith.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next record of an archive file starts after a broken one: a gzipped archive is one
 * gzip member per record (magic bytes 1f 8b 08), a plain one starts each record with a
 * {@code WARC/1.} line. A false start (the magic inside compressed data) only fails again and moves
 * the search on, so the search always ends.
 */
final class RecordBoundary {

    private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 16;

    private RecordBoundary() {
    }

    /** The offset of the next record start at or after {@code from}, or -1 when there is none. */
    static long next(FileChannel file, long from, boolean gzip) throws IOException {
        byte[] magic = gzip ? GZIP : WARC;
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK + magic.length);
        long size = file.size();
        for (long pos = from; pos < size; pos += CHUNK) {
            buffer.clear();
            int n = 0;
            while (buffer.hasRemaining()) {
                int r = file.read(buffer, pos + n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            byte[] b = buffer.array();
            for (int i = 0; i + magic.length <= n && i < CHUNK; i++) {
                if (matches(b, i, magic) && (gzip || pos + i == 0 || (i > 0 ? b[i - 1] : previous(file, pos)) == '\n')) {
                    return pos + i;
                }
            }
        }
        return -1;
    }

    private static boolean matches(byte[] b, int i, byte[] magic) {
        for (int k = 0; k < magic.length; k++) {
            if (b[i + k] != magic[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte previous(FileChannel file, long pos) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        return file.read(one, pos - 1) == 1 ? one.get(0) : 0;
    }
}
