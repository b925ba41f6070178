package org.bulletins.ingest.parse;

import java.nio.charset.StandardCharsets;

/** Recognises files that are not text at all: PDFs, images, archives and other binary data. */
final class BinarySniffer {

    private BinarySniffer() {
    }

    /** The name of a well-known binary format the bytes start with, or null. */
    static String knownFormat(byte[] bytes) {
        if (startsWith(bytes, "%PDF-")) {
            return "a PDF document";
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(bytes, "GIF8")) {
            return "a GIF image";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a ZIP archive (or a .docx/.xlsx file)";
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office file";
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        return null;
    }

    /** NUL bytes or many control bytes: binary data rather than text in a single-byte-based encoding. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 1 << 16);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls > sample / 20;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        return startsWith(bytes, magic.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        byte[] m = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            m[i] = (byte) magic[i];
        }
        return startsWith(bytes, m);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
