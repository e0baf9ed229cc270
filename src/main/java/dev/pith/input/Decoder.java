package dev.pith.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw page bytes into text. Order of trust: a byte-order mark, then the Content-Type header, then
 * a {@code <meta charset>} declaration, then ICU's statistical detector. Pages often declare one
 * charset and use another, so a declaration is checked against the bytes: a declared UTF-16 or UTF-32
 * is kept when the bytes decode in it; otherwise valid UTF-8 wins over any declaration; a declared
 * charset the bytes do not decode cleanly in is overruled; and a declared single-byte charset
 * (ISO-8859-1, windows-1252, ...), in which any bytes decode, gives way when ICU's detector is
 * confident the bytes are a multi-byte charset (GBK, Shift_JIS, Big5, EUC-KR, ...).
 *
 * <p>Stateless and thread-safe; a new ICU detector is made per call.
 */
public final class Decoder {

    /** Decoded text and the charset that produced it. */
    public record Decoded(String text, Charset charset) {
    }

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]{1,40})");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([\\w.:-]{1,40})");
    private static final int META_SCAN_BYTES = 8192;
    private static final int DETECT_SCAN_BYTES = 64 * 1024;
    /** ICU's confidence (0-100) above which its guess of a multi-byte charset beats a single-byte declaration. */
    private static final int CONFIDENT = 50;

    private Decoder() {
    }

    /** Decodes {@code bytes}; never throws for bad content. */
    public static Decoded decode(byte[] bytes, String contentType) {
        Optional<Decoded> bom = fromBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> declared = charsetNamed(matchGroup(HEADER_CHARSET, contentType));
        if (declared.isEmpty()) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
            declared = charsetNamed(matchGroup(META_CHARSET, head));
        }
        // ASCII in UTF-16 is also valid UTF-8 (letters and NULs), so a declared wide charset goes first.
        if (declared.isPresent() && isWide(declared.get()) && isStrictlyDecodable(bytes, declared.get())) {
            return new Decoded(lenient(bytes, declared.get()), declared.get());
        }
        // Valid UTF-8 of any length beyond ASCII is almost never an accident.
        if (isStrictlyDecodable(bytes, StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        Optional<CharsetMatch> match = detect(bytes);
        Optional<Charset> detected = match.flatMap(m -> charsetNamed(m.getName()));
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)
                && isStrictlyDecodable(bytes, declared.get())) {
            // Every byte decodes in a single-byte charset, so decoding cleanly proves nothing there.
            boolean overruled = isSingleByte(declared.get()) && detected.isPresent() && !isSingleByte(detected.get())
                    && match.get().getConfidence() >= CONFIDENT;
            Charset cs = overruled ? detected.get() : declared.get();
            return new Decoded(lenient(bytes, cs), cs);
        }
        Charset cs = detected.orElse(declared.orElse(StandardCharsets.UTF_8));
        return new Decoded(lenient(bytes, cs), cs);
    }

    private static Optional<Decoded> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
        }
        return Optional.empty();
    }

    private static String matchGroup(Pattern p, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    static Optional<Charset> charsetNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // Browsers treat these labels as their supersets; so do we (WHATWG encoding standard).
        n = switch (n) {
            case "iso-8859-1", "latin1", "us-ascii", "ascii" -> "windows-1252";
            case "gb2312", "gbk" -> "gb18030";
            case "ks_c_5601-1987", "euc_kr" -> "euc-kr";
            default -> n;
        };
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean isStrictlyDecodable(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            dec.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String lenient(byte[] bytes, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Unreachable with REPLACE; keep the bytes rather than lose them.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static Optional<CharsetMatch> detect(byte[] bytes) {
        byte[] sample = bytes.length > DETECT_SCAN_BYTES ? java.util.Arrays.copyOf(bytes, DETECT_SCAN_BYTES) : bytes;
        CharsetDetector detector = new CharsetDetector(); // a new one per call: ICU's detector holds state
        detector.setText(sample);
        detector.enableInputFilter(true);
        return Optional.ofNullable(detector.detect());
    }

    private static boolean isWide(Charset cs) {
        return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32");
    }

    private static boolean isSingleByte(Charset cs) {
        return cs.canEncode() && cs.newEncoder().maxBytesPerChar() <= 1.0f;
    }
}
