package dev.pith.meta;

import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The head's author values are read like a printed byline: people only, job titles and outlets out. */
class HeadAuthorsTest {

    private static List<String> authors(String headTag) {
        String html = "<html><head>" + headTag + "</head><body><h1>Car sales fall again this year</h1>"
                + "<p>Car sales in the United States fell again in October as buyers waited for new models and prices stayed high.</p>"
                + "<p>Dealers said the slowdown would last into next year unless interest rates came down soon, which few expect.</p></body></html>";
        return Pith.defaults().clean(Page.html(html, null)).authors();
    }

    @Test
    void aLooseMetaAuthorIsReadAsABylineWouldBe() {
        assertEquals(List.of("Tom Krisher"), authors("<meta name='author' content='By TOM KRISHER, AP Auto Writer'>"));
        assertEquals(List.of("Jane Park", "Tom Reyes"), authors("<meta name='author' content='Jane Park and Tom Reyes'>"));
    }

    @Test
    void aJsonLdPersonIsKeptAsWrittenEvenWhenItDoesNotReadAsAFullName() {
        assertEquals(List.of("Marek"), authors("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Marek\"}}</script>"));
    }

    @Test
    void anOutletAloneIsNoAuthor() {
        assertEquals(List.of(), authors("<meta name='author' content='Associated Press'>"));
    }
}
