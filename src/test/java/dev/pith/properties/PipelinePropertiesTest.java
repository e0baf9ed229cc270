package dev.pith.properties;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the whole pipeline on pages built from real articles and generated furniture, in
 * text and HTML form. Tries come from jqwik's default (see {@code junit-platform.properties}); the
 * {@code properties-long} Maven profile runs many more.
 */
class PipelinePropertiesTest {

    private static final Pith PITH = Pith.defaults();

    /** A generated page and the article it was built around. */
    record Case(Articles.Article article, List<Pages.Part> parts, boolean html) {
        Page page() {
            return html ? Pages.html(parts) : Pages.text(parts);
        }

        @Override
        public String toString() {
            return (html ? "HTML" : "text") + " page: " + parts;
        }
    }

    @Provide
    Arbitrary<Case> pages() {
        Arbitrary<Articles.Article> article = Arbitraries.of(Articles.ALL);
        Arbitrary<List<Furniture.Piece>> before = Furniture.any().list().ofMaxSize(4);
        Arbitrary<List<Furniture.Piece>> after = Furniture.any().list().ofMaxSize(4);
        Arbitrary<List<Furniture.Piece>> between = Furniture.inline().list().ofMaxSize(1);
        Arbitrary<Boolean> html = Arbitraries.of(true, false);
        return Combinators.combine(article, before, after, between, html, Arbitraries.integers().between(1, 20))
                .as((a, b, af, bw, h, seed) -> new Case(a, assemble(a, b, af, bw, seed), h));
    }

    /** Furniture before, the headline, the paragraphs with inline pieces after the first ones, furniture after. */
    static List<Pages.Part> assemble(Articles.Article a, List<Furniture.Piece> before, List<Furniture.Piece> after,
                                     List<Furniture.Piece> between, int seed) {
        List<Pages.Part> parts = new ArrayList<>();
        before.forEach(p -> parts.add(new Pages.Furn(p)));
        parts.add(new Pages.Headline(a.title()));
        List<String> paras = a.paragraphs();
        for (int i = 0; i < paras.size(); i++) {
            parts.add(new Pages.Paragraph(paras.get(i)));
            int slot = 1 + seed % Math.max(1, paras.size() - 1); // never after the last paragraph
            if (i == slot - 1 && i < paras.size() - 1) {
                between.forEach(p -> parts.add(new Pages.Furn(p)));
            }
        }
        after.forEach(p -> parts.add(new Pages.Furn(p)));
        return parts;
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** 1. Nothing invented or reordered: every body paragraph is text of the input, in input order. */
    @Property
    void bodyIsTextOfTheInputInOrder(@ForAll("pages") Case c) {
        Page page = c.page();
        String input = norm(c.html() ? org.jsoup.Jsoup.parse(page.content()).text() : page.content());
        int from = 0;
        for (String p : PITH.clean(page).body()) {
            int at = input.indexOf(norm(p), from);
            assertTrue(at >= 0, () -> "not in the input at or after " + "offset: " + p);
            from = at + norm(p).length();
        }
    }

    /** 2. Idempotent: cleaning the cleaned article gives the same body. */
    @Property
    void cleaningTheCleanArticleChangesNothing(@ForAll("pages") Case c) {
        Article once = PITH.clean(c.page());
        Article twice = PITH.clean(Page.text(once.text()));
        assertEquals(once.body(), twice.body());
    }

    /** 3. Furniture does not move the article: same body, title and language as the bare article. */
    @Property
    void furnitureDoesNotMoveTheArticle(@ForAll("pages") Case c) {
        List<Pages.Part> bare = assemble(c.article(), List.of(), List.of(), List.of(), 1);
        Article alone = PITH.clean(c.html() ? Pages.html(bare) : Pages.text(bare));
        Article dressed = PITH.clean(c.page());
        assertEquals(c.article().paragraphs(), dressed.body());
        assertEquals(alone.body(), dressed.body());
        assertEquals(alone.title(), dressed.title());
        assertEquals(alone.language(), dressed.language());
    }

    /**
     * 5. Hard wrapping is undone: the text dump wrapped at any width a text browser uses cleans to the
     * same body and title as the dump with one paragraph a line.
     */
    @Property
    void aHardWrappedDumpCleansLikeTheUnwrappedOne(@ForAll("pages") Case c, @ForAll @IntRange(min = 60, max = 100) int columns) {
        Page flat = Pages.text(c.parts());
        Article unwrapped = PITH.clean(flat);
        Article wrapped = PITH.clean(Page.text(Pages.wrap(flat.content(), columns)));
        assertEquals(unwrapped.body().stream().map(PipelinePropertiesTest::norm).toList(),
                wrapped.body().stream().map(PipelinePropertiesTest::norm).toList());
        assertEquals(unwrapped.title(), wrapped.title());
    }

    /** 4. Total: any string, as text, as HTML or as bytes, gives a result. */
    @Property
    void anyInputGivesAResult(@ForAll String s) {
        assertNotNull(PITH.clean(Page.text(s)));
        assertNotNull(PITH.clean(Page.html(s, null)));
        assertNotNull(PITH.clean(Page.bytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_16LE), null, null)));
    }

    /** 4. Total, for HTML fragments built from tags and text. */
    @Property
    void anyHtmlFragmentGivesAResult(@ForAll("fragments") String html) {
        Article a = PITH.clean(Page.html(html, null));
        assertNotNull(a.language());
    }

    @Provide
    Arbitrary<String> fragments() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<ul><li>", "</li></ul>", "<article>", "</article>",
                        "<script>", "</script>", "<h1>", "</h1>", "<br>", "<table><tr><td>", "<!--", "-->", "<", ">", "&amp;", "&#0;"),
                Arbitraries.strings().ofMaxLength(30));
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    /** 5. Deterministic and thread-safe: eight threads give the same results as one. */
    @Property(tries = 5)
    void eightThreadsAgreeWithOne(@ForAll("pages") Case c1, @ForAll("pages") Case c2) throws Exception {
        List<Page> pages = List.of(c1.page(), c2.page());
        List<Article> sequential = List.of(PITH.clean(pages.get(0)), PITH.clean(pages.get(1)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Page p = pages.get(i % 2);
                futures.add(pool.submit(() -> PITH.clean(p)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % 2), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
