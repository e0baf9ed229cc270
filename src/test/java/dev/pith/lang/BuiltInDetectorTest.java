package dev.pith.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.DetectedLanguage;
import dev.pith.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BuiltInDetectorTest {
    private final LanguageDetector detector = LanguageDetector.builtIn();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | The government announced on Tuesday that the new railway line will open next spring.
        fr | Le gouvernement a annoncé mardi que la nouvelle ligne de chemin de fer ouvrira au printemps prochain.
        de | Die Regierung hat am Dienstag angekündigt, dass die neue Bahnstrecke im nächsten Frühjahr eröffnet wird.
        es | El gobierno anunció el martes que la nueva línea de ferrocarril se abrirá la próxima primavera.
        pt | O governo anunciou na terça-feira que a nova linha ferroviária será inaugurada na próxima primavera.
        it | Il governo ha annunciato martedì che la nuova linea ferroviaria sarà aperta la prossima primavera.
        nl | De regering heeft dinsdag aangekondigd dat de nieuwe spoorlijn volgend voorjaar wordt geopend.
        sv | Regeringen meddelade på tisdagen att den nya järnvägslinjen öppnar nästa vår.
        pl | Rząd ogłosił we wtorek, że nowa linia kolejowa zostanie otwarta przyszłej wiosny.
        fi | Hallitus ilmoitti tiistaina, että uusi rautatie avataan ensi keväänä.
        hu | A kormány kedden bejelentette, hogy az új vasútvonal jövő tavasszal nyílik meg.
        tr | Hükümet salı günü yeni demiryolu hattının gelecek bahar açılacağını duyurdu.
        vi | Chính phủ thông báo hôm thứ Ba rằng tuyến đường sắt mới sẽ mở cửa vào mùa xuân tới.
        ru | Правительство объявило во вторник, что новая железная дорога откроется следующей весной.
        uk | Уряд оголосив у вівторок, що нова залізниця відкриється наступної весни.
        el | Η κυβέρνηση ανακοίνωσε την Τρίτη ότι η νέα σιδηροδρομική γραμμή θα ανοίξει την επόμενη άνοιξη.
        ar | أعلنت الحكومة يوم الثلاثاء أن خط السكك الحديدية الجديد سيفتتح في الربيع المقبل.
        he | הממשלה הודיעה ביום שלישי כי קו הרכבת החדש ייפתח באביב הבא.
        hi | सरकार ने मंगलवार को घोषणा की कि नई रेल लाइन अगले वसंत में खुलेगी।
        th | รัฐบาลประกาศเมื่อวันอังคารว่าทางรถไฟสายใหม่จะเปิดในฤดูใบไม้ผลิหน้า
        zh | 政府周二宣布，新铁路线将于明年春天开通。
        ja | 政府は火曜日、新しい鉄道路線が来年の春に開業すると発表した。
        ko | 정부는 화요일 새 철도 노선이 내년 봄에 개통된다고 발표했다.
        sq | Qeveria njoftoi të martën se linja e re hekurudhore do të hapet pranverën e ardhshme.
        ca | El govern va anunciar dimarts que la nova línia de ferrocarril s'obrirà la primavera vinent.
        mk | Владата во вторникот соопшти дека новата железничка линија ќе се отвори следната пролет.
        kk | Үкімет сейсенбі күні жаңа теміржол желісі келесі көктемде ашылатынын хабарлады.
        """)
    void detectsSentences(String tag, String sentence) {
        DetectedLanguage result = detector.detect(sentence);
        assertEquals(tag, result.tag(), sentence);
        assertTrue(result.confidence() > 0.5, () -> "confidence " + result.confidence());
    }

    /**
     * Lists of names and places carry no language of their own; Lingua's Yoruba model (left out of the
     * profiles) read them as Yoruba, which cut such lists out of English articles as foreign.
     */
    @ParameterizedTest
    @ValueSource(strings = {"SpaceX, Hawthorne, California", "A: Bob Marley, Bruno Mars, Drake, The Eagles, Jay Z, Frank Sinatra",
        "Path A: Iceland, Bulgaria/Israel/Hungary/Romania*"})
    void listsOfNamesAreNotReadAsAForeignLanguage(String text) {
        DetectedLanguage result = detector.detect(text);
        assertTrue(!result.isKnown() || result.tag().equals("en") || result.confidence() < 0.5, () -> text + ": " + result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345", "3.14 + 2 = 5.14", "!!! ???", "ab", "Merkel", "Paris", "-- ok --", "α", "ก"})
    void thinEvidenceIsUndetermined(String text) {
        assertEquals(DetectedLanguage.UNDETERMINED, detector.detect(text));
    }

    @Test
    void decomposedAccentsAreComposed() {
        String nfd = java.text.Normalizer.normalize(
            "Die Regierung hat angekündigt, dass die Strecke im Frühjahr eröffnet wird.", java.text.Normalizer.Form.NFD);
        assertEquals("de", detector.detect(nfd).tag());
    }

    @Test
    void kanaAmongHanIsJapaneseAndHanAloneChinese() {
        assertEquals("ja", detector.detect("東京で会議が開かれた").tag());
        assertEquals("zh", detector.detect("东京召开会议").tag());
        assertEquals("ko", detector.detect("서울").tag());
    }

    @Test
    void handlesAddressesAndLinksAreNoWords() {
        assertEquals(DetectedLanguage.UNDETERMINED, detector.detect("Аккаунт: @kitchen_ghosts_bakery"),
                "a label and a handle: the label alone is one word, too little to tell");
        assertEquals(DetectedLanguage.UNDETERMINED, detector.detect("http://www.shia-explained.com/my/archives/2364"));
        assertEquals("en", detector.detect("Read the full report at https://www.example.org/rapporten/wereldwijd-overzicht-2020"
                + " or write to redactie.buitenland@voorbeeld.nl for a copy").tag());
        assertEquals("Read   or write to   now", BuiltInDetector.withoutNames("Read https://x.org/a or write to a@b.nl now").toString());
        String plain = "No address here, just words.";
        assertSame(plain, BuiltInDetector.withoutNames(plain), "text without any is not copied");
    }

    @Test
    void isDeterministic() {
        String text = "Una frase qualsiasi per vedere se la risposta cambia.";
        DetectedLanguage first = detector.detect(text);
        for (int i = 0; i < 100; i++) assertEquals(first, detector.detect(text));
        assertEquals(first, detector.detect(new StringBuilder(text)));
    }

    @Test
    void manyThreadsGetTheSameAnswersAsOne() throws Exception {
        List<String> texts = LangidSamples.all("word-pairs");
        List<DetectedLanguage> expected = new ArrayList<>();
        for (String t : texts) expected.add(detector.detect(t));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<DetectedLanguage>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    List<DetectedLanguage> got = new ArrayList<>();
                    for (String t : texts) got.add(detector.detect(t));
                    return got;
                }));
            }
            for (Future<List<DetectedLanguage>> f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void longTextIsReadOnlyInPart() {
        String para = "The committee will publish its findings after the summer recess. ";
        DetectedLanguage result = detector.detect(para.repeat(10_000));
        assertEquals("en", result.tag());
        assertFalse(result.confidence() < 0.9);
    }
}
