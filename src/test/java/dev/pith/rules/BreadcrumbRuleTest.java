package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Lexicon;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreadcrumbRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new BreadcrumbRule(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home > World > Asia > Floods force thousands from their homes in the north",
            "News » Politics » Elections", "You are here: News / Politics", "Home > Sport",
            "当前位置：首页 > 资讯 > 国内", "Trang chủ › Thời sự › Xã hội"})
    void trailsAreBreadcrumbs(String line) {
        assertEquals(Label.BREADCRUMB, label(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prices rose > 5% in March, officials said.", "Sports | The Daily Bulletin",
            "Economy / Markets", "Budget 2024 » a long explanation of the reasons why the council voted against it today > yes",
            "Floods force thousands from their homes in the north", "The ratio was 3/4 last year.",
            "Le procès pour » vol aggravé » opposant le commerçant Ibrahima Diallo au colonel Mamadou Alpha Barry a repris ce mercredi devant le tribunal militaire, où la défense a demandé que la vidéo ne soit pas projetée devant les juges et le public présents dans la salle."})
    void nearMissesAreNotBreadcrumbs(String line) {
        assertNull(label(line), line);
    }

    @Test
    void parseReportsLabelPartsAndSeparator() {
        var c = BreadcrumbRule.Breadcrumb.parse("You are here: News / Politics / Local", Lexicon.builtIn()).orElseThrow();
        assertEquals(List.of("News", "Politics", "Local"), c.parts());
        assertEquals("/", c.separator());
        assertEquals("you are here:", c.label().text());
        var home = BreadcrumbRule.Breadcrumb.parse("Home > Sport", Lexicon.builtIn()).orElseThrow();
        assertNull(home.label(), "'Home' is a part, not a label");
        assertEquals(List.of("Home", "Sport"), home.parts());
    }

    @Test
    void decidedBlocksAreLeftAlone() {
        Document doc = Pages.lines("Home > World > Asia");
        doc.decide(0, Label.NAVIGATION, "test", "");
        new BreadcrumbRule().apply(doc);
        assertEquals(Label.NAVIGATION, doc.label(0));
        assertTrue(doc.verdict(0).rule().equals("test"));
    }
}
