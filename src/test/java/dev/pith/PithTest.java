package dev.pith;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public API's promises: never throwing for content, HTML and bytes input, determinism, threads. */
class PithTest {

    private static final Pith PITH = Pith.defaults();

    static final String ARTICLE_TEXT = String.join("\n\n",
            "Weather Service warns of heavy snow in the mountains",
            "By Jane Doe and John Roe",
            "03/14/2024",
            "The national weather service warned on Thursday that up to a metre of snow could fall in the mountains over the weekend, closing passes and cutting off villages.",
            "Forecasters said the storm would arrive on Friday evening and last until Sunday, with winds strong enough to cause drifting on the main roads.",
            "Residents were asked to stock up on food and fuel and to avoid travel unless it was necessary.",
            "Most read",
            "Same category");

    @Test
    void textPageGivesBodyTitleAuthorsAndDate() {
        Article a = PITH.clean(Page.text(ARTICLE_TEXT));
        assertEquals("Weather Service warns of heavy snow in the mountains", a.title());
        assertEquals(3, a.body().size(), a.blocks().toString());
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
        assertEquals(LocalDate.of(2024, 3, 14), a.published());
        assertEquals(a.blocks().size(), 8);
        assertTrue(a.text().startsWith("The national weather service"));
    }

    @Test
    void aJapanesePhotoDiarysSentencesWithoutFullStopsAreBody() {
        // A blog writes a line or two under each photo and ends them on the verb, not on "。".
        List<String> lines = List.of(
                "大川口の標高は８１４ｍで八経ヶ岳は１９１５ｍなんで１１００ｍ登る事になるのでそれなり覚悟がいりますね",
                "路肩に車を停めて登山届けはスマホから出しています",
                "橋を渡って直ぐ右に曲がると登山口の木のハシゴがあります",
                "最初から急登ですぐに息があがりました",
                "一応ロープがあるんだけど手掛かり、足掛かりがしっかりあるので大丈夫です",
                "左下にダム、正面に大日山が見えてると思うんだけど雲が邪魔してる・・・",
                "木の根っこゾーンが始まりましたが濡れてると滑りやすいので気をつけて歩きました");
        List<String> page = new ArrayList<>(List.of("ログイン", "ブログ開設", "ニュース", "鉄山～弥山～八経ヶ岳", "2020年07月03日"));
        for (int i = 0; i < lines.size(); i++) {
            page.add("[photo" + i + "]");
            page.add(lines.get(i));
        }
        page.addAll(List.of("コメント", "ブログトップ", "記事一覧"));
        Article a = PITH.clean(Page.text(String.join("\n\n", page)));
        assertEquals(lines, a.body(), a.blocks()::toString);
    }

    @Test
    void htmlPageGivesTheArticleParagraphs() {
        String html = "<html lang=en><head><title>Snow - Example</title><script>var x = '<p>not text</p>';</script></head><body>"
                + "<nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li></ul></nav>"
                + "<article><h1>Weather Service warns of heavy snow</h1>"
                + "<p>The national weather service warned on Thursday that up to a metre of snow could fall in the mountains over the weekend.</p>"
                + "<p>Forecasters said the storm would arrive on Friday evening and last until Sunday, with strong winds on the main roads.</p>"
                + "</article><footer><p>Copyright 2024 Example. All rights reserved.</p></footer></body></html>";
        Article a = PITH.clean(Page.html(html, URI.create("https://example.com/snow")));
        assertEquals(2, a.body().size(), a.blocks().toString());
        assertTrue(a.body().get(0).startsWith("The national weather service"));
        assertFalse(a.text().contains("not text"));
        assertEquals("Weather Service warns of heavy snow", a.title());
    }

    @Test
    void bytesAreDecodedWithTheDeclaredOrDetectedCharset() {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String text = "Le gouvernement a annoncé jeudi une réforme des retraites très contestée par les syndicats.";
        Page declared = Page.bytes(text.getBytes(latin1), "text/plain; charset=ISO-8859-1", null);
        assertEquals(text, declared.content());
        Page utf8 = Page.bytes(text.getBytes(StandardCharsets.UTF_8), null, null);
        assertEquals(text, utf8.content());
        assertEquals(Page.Format.TEXT, utf8.format());
    }

    @Test
    void contentWithoutTextGivesAnEmptyArticleWithAReason() {
        for (String junk : List.of("", "   \n\n\u00a0\n", "<html><body><script>x()</script></body></html>")) {
            Article a = PITH.clean(junk);
            assertTrue(a.isEmpty());
            assertNull(a.title());
            assertEquals(DetectedLanguage.UND, a.language());
            assertFalse(a.warnings().isEmpty(), "no reason for an empty result: " + junk);
        }
    }

    @Test
    void binaryJunkDoesNotThrow() {
        byte[] junk = new byte[100_000];
        new java.util.Random(7).nextBytes(junk);
        Article a = PITH.clean(Page.bytes(junk, null, null));
        assertTrue(a.body().size() < 5, "random bytes are not an article");
    }

    @Test
    void limitsCutTheInputAndSaySo() {
        Pith small = Pith.builder().limits(new Limits(200, 3, 10, 100)).build();
        Article a = small.clean(Page.text(ARTICLE_TEXT));
        assertTrue(a.blocks().size() <= 3);
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("truncated") || w.contains("limit")), a.warnings().toString());
    }

    @Test
    void aFailingUserDetectorDoesNotLoseThePage() {
        Pith p = Pith.builder().languageDetector(t -> {
            throw new IllegalStateException("broken detector");
        }).build();
        Article a = p.clean(Page.text(ARTICLE_TEXT));
        assertEquals(3, a.body().size());
        assertEquals(DetectedLanguage.UND, a.language());
    }

    @Test
    void nullArgumentsAreRejectedEarly() {
        assertThrows(NullPointerException.class, () -> PITH.clean((Page) null));
        assertThrows(NullPointerException.class, () -> Pith.builder().languageDetector(null));
    }

    @Test
    void resultsAreTheSameFromManyThreadsAndDoNotDependOnWhatRanBefore() throws Exception {
        List<String> pages = List.of(ARTICLE_TEXT, ARTICLE_TEXT.replace("snow", "rain"), ARTICLE_TEXT + "\n\nMore text here.");
        List<Article> sequential = new ArrayList<>();
        for (String p : pages) {
            sequential.add(PITH.clean(Page.text(p)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String p = pages.get(i % pages.size());
                futures.add(pool.submit(() -> PITH.clean(Page.text(p))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % pages.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
