package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LinkListRuleTest {

    private static Label label(String line) {
        Document doc = Pages.lines(line);
        new LinkListRule().apply(doc);
        return doc.label(0);
    }

    @Test
    void aRowOfLinksJoinedBySeparatorsIsNavigation() {
        assertEquals(Label.NAVIGATION, label("Education - City News - Car Prices - Breaking News - Weather - Live TV - Horoscope"));
        assertEquals(Label.NAVIGATION, label("About us | Contact | Careers | Advertise | Terms"));
        assertEquals(Label.NAVIGATION, label("Политика · Экономика · Спорт · Культура"));
        assertEquals(Label.NAVIGATION, label("首页 | 新闻 | 体育 | 财经 | 娱乐"));
    }

    @Test
    void proseWithDashesIsLeftAlone() {
        assertNull(label("PARIS - The president said on Monday - after a long meeting - that the borders would stay open for now."));
        assertNull(label("The talks - which began in March - ended without a deal - and both sides blamed the other for the failure."));
        assertNull(label("Arsenal 2 - 1 Chelsea"));
    }

    @Test
    void itemsThatAreSentencesOrLongAreNoLinkRow() {
        assertNull(label("Prices rose. | Wages fell. | Rents went up. | Savings shrank."));
        assertNull(label("Home | World | A very long item that reads like a sentence and runs on and on | Sport"));
        assertNull(label("Home | World | Sport"));
    }
}
