package org.bulletins.ingest.parse;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the encoding of a bulletin instead of assuming one. Byte-order marks decide first; a declared charset is
 * used only if it decodes strictly to plausible text; then UTF-8, UTF-16 without BOM (recognised by its zero
 * bytes), and ICU's guesses (GB18030/GBK above all) are tried, each strictly, so a wrong guess fails instead of
 * producing mojibake.
 */
final class TextDecoder {

    private static final Charset UTF_8 = StandardCharsets.UTF_8;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    /** Share of replaced characters up to which a mostly valid UTF-8 text is kept (a truncated last character). */
    private static final double LENIENT_LIMIT = 0.001;

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes, String declared, String sourceKey) throws RejectedBulletinException {
        List<String> warnings = new ArrayList<>();
        DecodedText bom = byBom(bytes, warnings);
        if (bom != null) {
            return bom;
        }
        Charset declaredCharset = lookUp(declared, warnings);
        if (declaredCharset != null) {
            String text = strict(bytes, 0, declaredCharset);
            boolean legacy = !declaredCharset.name().startsWith("UTF");
            if (text != null && plausible(text) && !(legacy && hasNonAscii(bytes) && strict(bytes, 0, UTF_8) != null)) {
                return new DecodedText(text, declaredCharset.name(), warnings);
            }
            warnings.add("the declared charset " + declared + " does not fit the bytes; the charset was detected instead");
        }
        DecodedText utf16 = utf16WithoutBom(bytes, warnings);
        if (utf16 != null) {
            return utf16;
        }
        if (BinarySniffer.looksBinary(bytes)) {
            throw new RejectedBulletinException(RejectedBulletinException.Reason.BINARY, "the bulletin '" + sourceKey
                    + "' contains NUL or control bytes, so it is binary data, not text: convert it to plain text, "
                    + "Markdown or HTML before sending it");
        }
        String utf8 = strict(bytes, 0, UTF_8);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8", warnings);
        }
        DecodedText guessed = byDetection(bytes, warnings);
        if (guessed != null) {
            return guessed;
        }
        DecodedText lenient = lenient(bytes, 0, UTF_8, warnings);
        if (lenient != null) {
            return lenient;
        }
        throw new RejectedBulletinException(RejectedBulletinException.Reason.UNDECODABLE, "the bulletin '" + sourceKey
                + "' is not valid UTF-8, UTF-16 or GB18030/GBK text" + (declared == null ? "" : " nor " + declared)
                + ": re-save it as UTF-8, or declare the charset it really uses");
    }

    private static DecodedText byBom(byte[] b, List<String> warnings) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strictOrLenient(b, 3, UTF_8, warnings);
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return strictOrLenient(b, 4, UTF_32LE, warnings);
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return strictOrLenient(b, 4, UTF_32BE, warnings);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strictOrLenient(b, 2, StandardCharsets.UTF_16LE, warnings);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strictOrLenient(b, 2, StandardCharsets.UTF_16BE, warnings);
        }
        return null;
    }

    private static DecodedText strictOrLenient(byte[] bytes, int offset, Charset charset, List<String> warnings) {
        String text = strict(bytes, offset, charset);
        return text != null ? new DecodedText(text, charset.name(), warnings) : lenient(bytes, offset, charset, warnings);
    }

    /** UTF-16 text without BOM has its ASCII characters' zero bytes all at even (BE) or all at odd (LE) offsets. */
    private static DecodedText utf16WithoutBom(byte[] bytes, List<String> warnings) {
        int sample = Math.min(bytes.length, 1 << 16) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int zeros = even + odd;
        if (sample < 2 || zeros < Math.max(1, sample / 100) || Math.max(even, odd) < zeros * 0.8) {
            return null;
        }
        Charset charset = even > odd ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        String text = strict(bytes, 0, charset);
        if (text == null && bytes.length % 2 == 1) {
            text = strict(java.util.Arrays.copyOf(bytes, bytes.length - 1), 0, charset);
        }
        return text != null && plausible(text) && commonShare(text) > 0.9
                ? new DecodedText(text, charset.name(), warnings) : null;
    }

    /** ICU's candidates in order of confidence, then GB18030: the first that decodes strictly to plausible text. */
    private static DecodedText byDetection(byte[] bytes, List<String> warnings) {
        List<Charset> candidates = new ArrayList<>();
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes.length > (1 << 16) ? java.util.Arrays.copyOf(bytes, 1 << 16) : bytes);
            for (CharsetMatch match : detector.detectAll()) {
                Charset charset = lookUp(match.getName(), null);
                // UTF-16/32 decode almost any even-length bytes; they are trusted only by BOM or zero-byte pattern.
                boolean wide = match.getName().startsWith("UTF-16") || match.getName().startsWith("UTF-32");
                if (match.getConfidence() >= 10 && charset != null && !wide && !candidates.contains(charset)) {
                    candidates.add(charset);
                }
            }
        } catch (RuntimeException e) {
            warnings.add("charset detection failed (" + e.getClass().getSimpleName() + "); trying GB18030");
        }
        if (!candidates.contains(GB18030)) {
            candidates.add(GB18030);
        }
        for (Charset charset : candidates) {
            String text = strict(bytes, 0, charset);
            if (text != null && plausible(text) && commonShare(text) > 0.9) {
                return new DecodedText(text, charset.name(), warnings);
            }
        }
        return null;
    }

    /** Decodes with replacement, accepted only when almost everything decoded (e.g. a cut-off last character). */
    private static DecodedText lenient(byte[] bytes, int offset, Charset charset, List<String> warnings) {
        String text = new String(bytes, offset, bytes.length - offset, charset);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > Math.max(3, text.length() * LENIENT_LIMIT) || !plausible(text)) {
            return null;
        }
        warnings.add(replaced + " byte sequence(s) were not valid " + charset.name()
                + " and were replaced by U+FFFD");
        return new DecodedText(text, charset.name(), warnings);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset lookUp(String name, List<String> warnings) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            if (warnings != null) {
                warnings.add("the declared charset '" + name + "' is unknown; the charset was detected instead");
            }
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** No NUL and hardly any control characters: what any real text decodes to. */
    private static boolean plausible(String text) {
        int sample = Math.min(text.length(), 1 << 16);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls <= sample / 200;
    }

    /** Share of characters from scripts a bulletin is written in; mojibake lands in rare blocks instead. */
    private static double commonShare(String text) {
        int sample = Math.min(text.length(), 1 << 16);
        if (sample == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean ok = (c >= 0x20 && c < 0x7F) || Character.isWhitespace(c)
                    || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2000 && c <= 0x206F) || (c >= 0xAC00 && c <= 0xD7AF) || c == 0xB7
                    || (c >= 0xC0 && c <= 0x24F && Character.isLetter(c)) || script == Character.UnicodeScript.MONGOLIAN
                    || (c >= 0x2460 && c <= 0x25FF);
            if (ok) {
                common++;
            }
        }
        return (double) common / sample;
    }
}
