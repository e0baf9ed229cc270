package dev.pith.input;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecoderTest {

    static final String FRENCH = "Le gouvernement a annoncé mercredi une série de mesures économiques destinées à "
            + "soutenir les régions touchées par les inondations. Les élus locaux ont salué cette décision, mais ils "
            + "réclament des aides plus rapides pour les entreprises et les familles sinistrées. « Nous attendons "
            + "depuis des semaines », a déclaré un maire de la région, très inquiet pour l'hiver à venir.";
    static final String CHINESE = "市政府周三宣布了一系列新的经济措施，以支持受洪水影响的地区。当地官员对这一决定表示欢迎，"
            + "但他们要求为企业和受灾家庭提供更快的援助。专家认为，这些措施将在未来几个月内帮助经济恢复。"
            + "据统计，今年夏天的洪水造成了大量农田被淹，许多道路和桥梁受到严重破坏。";
    static final String JAPANESE = "政府は水曜日、洪水の被害を受けた地域を支援するための新しい経済対策を発表した。"
            + "地元の関係者はこの決定を歓迎したが、企業や被災した家族への迅速な支援を求めている。"
            + "専門家は、これらの対策が今後数か月で経済の回復に役立つと見ている。";
    static final String RUSSIAN = "Правительство в среду объявило о новых экономических мерах для поддержки "
            + "пострадавших от наводнения регионов. Местные власти приветствовали это решение.";

    static final Charset CP1252 = Charset.forName("windows-1252");
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset GBK = Charset.forName("GBK");
    static final Charset SJIS = Charset.forName("Shift_JIS");

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8BomWinsOverDeclaredCharset() {
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Xin chào Việt Nam".getBytes(StandardCharsets.UTF_8));
        Decoder.Decoded d = Decoder.decode(bytes, "text/html; charset=windows-1252");
        assertEquals("Xin chào Việt Nam", d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void utf16BigEndianBom() {
        byte[] bytes = concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, "新闻 news".getBytes(StandardCharsets.UTF_16BE));
        Decoder.Decoded d = Decoder.decode(bytes, null);
        assertEquals("新闻 news", d.text());
        assertEquals(StandardCharsets.UTF_16BE, d.charset());
    }

    @Test
    void utf16LittleEndianBom() {
        byte[] bytes = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, "Привет, мир".getBytes(StandardCharsets.UTF_16LE));
        Decoder.Decoded d = Decoder.decode(bytes, null);
        assertEquals("Привет, мир", d.text());
        assertEquals(StandardCharsets.UTF_16LE, d.charset());
    }

    @Test
    void contentTypeCharsetIsUsed() {
        Decoder.Decoded d = Decoder.decode("Le café est fermé.".getBytes(CP1252), "text/html; charset=windows-1252");
        assertEquals("Le café est fermé.", d.text());
        assertEquals(CP1252, d.charset());
    }

    @Test
    void latin1LabelIsReadAsWindows1252() {
        String s = "He said \u201cyes\u201d \u2014 twice.";
        Decoder.Decoded d = Decoder.decode(s.getBytes(CP1252), "text/plain; charset=\"ISO-8859-1\"");
        assertEquals(s, d.text());
        assertEquals(CP1252, d.charset());
    }

    @Test
    void metaCharsetIsUsed() {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><p>" + RUSSIAN + "</p></body></html>";
        Decoder.Decoded d = Decoder.decode(html.getBytes(CP1251), null);
        assertEquals(html, d.text());
        assertEquals(CP1251, d.charset());
    }

    @Test
    void metaHttpEquivCharsetIsUsed() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><p>"
                + JAPANESE + "</p></body></html>";
        Decoder.Decoded d = Decoder.decode(html.getBytes(SJIS), "text/html");
        assertEquals(html, d.text());
        assertEquals(SJIS, d.charset());
    }

    @Test
    void undeclaredWindows1252IsDetected() {
        Decoder.Decoded d = Decoder.decode(FRENCH.getBytes(CP1252), null);
        assertEquals(FRENCH, d.text());
    }

    @Test
    void undeclaredGbkIsDetected() {
        Decoder.Decoded d = Decoder.decode(CHINESE.getBytes(GBK), null);
        assertEquals(CHINESE, d.text());
        assertTrue(d.charset().name().toUpperCase().startsWith("GB"), d.charset().name());
    }

    @Test
    void undeclaredShiftJisIsDetected() {
        Decoder.Decoded d = Decoder.decode(JAPANESE.getBytes(SJIS), null);
        assertEquals(JAPANESE, d.text());
        assertTrue(d.charset().name().toLowerCase().contains("jis"), d.charset().name());
    }

    @Test
    void wronglyDeclaredUtf8IsOverruledForLatinBytes() {
        Decoder.Decoded d = Decoder.decode(FRENCH.getBytes(CP1252), "text/html; charset=utf-8");
        assertEquals(FRENCH, d.text());
        assertTrue(d.text().indexOf('\ufffd') < 0);
    }

    @Test
    void validUtf8BeatsDeclaredSingleByteCharset() {
        Decoder.Decoded d = Decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), "text/html; charset=iso-8859-1");
        assertEquals(FRENCH, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void validUtf8BeatsWrongMetaShiftJis() {
        String html = "<meta charset=shift_jis><p>" + CHINESE + "</p>";
        Decoder.Decoded d = Decoder.decode(html.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(html, d.text());
    }

    @Test
    void wronglyDeclaredShiftJisIsOverruledForGbkBytes() {
        // GBK bytes of Chinese text are not valid Shift_JIS throughout, so the declaration is overruled.
        Decoder.Decoded d = Decoder.decode(CHINESE.getBytes(GBK), "text/html; charset=Shift_JIS");
        assertEquals(CHINESE, d.text());
    }

    @Test
    void unknownDeclaredCharsetFallsBackToDetection() {
        Decoder.Decoded d = Decoder.decode(CHINESE.getBytes(GBK), "text/html; charset=x-no-such-charset");
        assertEquals(CHINESE, d.text());
    }

    @Test
    void plainAsciiDecodes() {
        Decoder.Decoded d = Decoder.decode("Hello world".getBytes(StandardCharsets.US_ASCII), null);
        assertEquals("Hello world", d.text());
    }

    @Test
    void emptyInput() {
        Decoder.Decoded d = Decoder.decode(new byte[0], null);
        assertEquals("", d.text());
        assertNotNull(d.charset());
    }

    @Test
    void charsetLabelsFollowWhatwgAliases() {
        assertEquals(Optional.of(CP1252), Decoder.charsetNamed("latin1"));
        assertEquals(Optional.of(CP1252), Decoder.charsetNamed(" US-ASCII "));
        assertEquals(Optional.of(Charset.forName("GB18030")), Decoder.charsetNamed("gb2312"));
        assertEquals(Optional.of(Charset.forName("GB18030")), Decoder.charsetNamed("GBK"));
        assertEquals(Optional.of(Charset.forName("EUC-KR")), Decoder.charsetNamed("ks_c_5601-1987"));
        assertEquals(Optional.empty(), Decoder.charsetNamed("no-such-charset"));
        assertEquals(Optional.empty(), Decoder.charsetNamed("bad name!"));
        assertEquals(Optional.empty(), Decoder.charsetNamed(null));
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryBytes(@ForAll @Size(max = 300) byte[] bytes, @ForAll("contentTypes") String contentType) {
        Decoder.Decoded d = Decoder.decode(bytes, contentType);
        assertNotNull(d.text());
        assertNotNull(d.charset());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> contentTypes() {
        return net.jqwik.api.Arbitraries.of(null, "text/html", "text/html; charset=utf-8", "text/plain; charset=shift_jis",
                "text/html; charset=bogus", "text/html; charset=windows-1252", "text/html; charset=utf-16");
    }

    @Property(tries = 200)
    void utf8TextRoundTrips(@ForAll @Size(max = 80) String s) {
        // Lone surrogates do not survive UTF-8 encoding; skip them.
        net.jqwik.api.Assume.that(s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF));
        net.jqwik.api.Assume.that(s.isEmpty() || s.charAt(0) != '\ufeff');
        Decoder.Decoded d = Decoder.decode(s.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        assertEquals(s, d.text());
    }

    @Test
    void declaredUtf16WithoutBomIsHonoured() {
        Decoder.Decoded d = Decoder.decode("Hello world".getBytes(StandardCharsets.UTF_16LE), "text/html; charset=utf-16le");
        assertEquals("Hello world", d.text());
    }

    @Test
    void wrongSingleByteDeclarationIsOverruledForGbkBytes() {
        Decoder.Decoded d = Decoder.decode(CHINESE.getBytes(GBK), "text/html; charset=iso-8859-1");
        assertEquals(CHINESE, d.text());
    }
}
