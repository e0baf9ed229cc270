package dev.pith.classify;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecurringLineTest {

    private static final String QUESTION = "What made you start writing about food in the first place?";

    private static String answer(String who) {
        return "<p>" + who + " said the first recipes came from a grandmother's notebook, and the blog grew from sharing them with friends every week.</p>"
                + "<p>Readers wrote back with their own versions, and " + who + " began to test each one at home before posting it.</p>";
    }

    @Test
    void aQuestionPutToEveryGuestIsKeptEachTime() {
        String html = "<html><body><article><h1>Five cooks on how they began</h1>"
                + "<h3>Anna</h3><p>" + QUESTION + "</p>" + answer("Anna")
                + "<h3>Boris</h3><p>" + QUESTION + "</p>" + answer("Boris")
                + "<h3>Clara</h3><p>" + QUESTION + "</p>" + answer("Clara")
                + "</article></body></html>";
        Article a = Pith.defaults().clean(Page.html(html, null));
        assertEquals(3, a.body().stream().filter(QUESTION::equals).count(), a.body()::toString);
    }

    @Test
    void aRepeatOfALineThatWasNotBodyStaysDropped() {
        String html = "<html><body><article><h1>Five cooks on how they began</h1>"
                + "<p>Photo: archive</p>" + answer("Anna") + "<p>Photo: archive</p>" + answer("Boris")
                + "</article></body></html>";
        Article a = Pith.defaults().clean(Page.html(html, null));
        assertEquals(0, a.body().stream().filter("Photo: archive"::equals).count(), a.body()::toString);
    }
}
