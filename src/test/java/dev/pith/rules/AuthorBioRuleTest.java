package dev.pith.rules;

import dev.pith.Article;
import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuthorBioRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe is a staff writer for the Daily Example.", "Regan is a Connecticut native who writes as a freelance writer.",
            "Jane Doe is a journalist based in Nairobi.", "John Q. Smith has written for the paper as a columnist.",
            "Ana Lima covers the courts and is an author."})
    void aNameThatIsAJobIsTheAuthorsBox(String line) {
        assertEquals(Label.FOOTER, Pages.labelOf(new AuthorBioRule(), line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe is a nurse who lived in the town for forty years.", "The report is a reminder for the staff writer.",
            "I am a journalist who has covered city hall for the Daily Courier since 2010.",
            "I am a native of Chicago and I have ridden its buses every day for thirty years.", "Jane Doe is a fan of the local team.",
            "The journalist is a witness in the case.", "she is a journalist based in Nairobi.",
            "Jane Doe, a journalist, said the vote was close.", "Jane Doe is a journalist"})
    void aSentenceWithoutANamedJobIsNot(String line) {
        assertNull(Pages.labelOf(new AuthorBioRule(), line), line);
    }

    @Test
    void aboutANameAboveThatNameIsTheBoxWithItsBio() {
        Document doc = Pages.lines("Sobre Carlos da Silva", "Carlos da Silva",
                "Pai de dois filhos, Carlos da Silva é também coordenador pedagógico numa escola em Londrina.", "Facebook");
        new AuthorBioRule().apply(doc);
        assertEquals(Arrays.asList(Label.FOOTER, Label.FOOTER, Label.FOOTER, null), Pages.labels(doc));
    }

    @Test
    void aBioThatStartsWithTheNameUnderItsHeading() {
        Document doc = Pages.lines("About Jane Doe", "Jane Doe is a reporter who has covered city hall for ten years.");
        new AuthorBioRule().apply(doc);
        assertEquals(Arrays.asList(Label.FOOTER, Label.FOOTER), Pages.labels(doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"About the study|The study covered 4,000 households in three regions over two years.",
            "About Jane Doe|John Roe spoke to the council on Monday about the new budget.",
            "About Jane Doe and her work in the city council last year.|Jane Doe spoke on Monday.",
            "Über Merkel|Die Kanzlerin sprach am Montag in Berlin über den Haushalt.",
            "About Trump|Trump said on Monday that the talks would go on.",
            "About Paris|Paris will host the Games for the third time, and its author of the plan is a native."})
    void aHeadingWithoutItsNameBelowIsNoBox(String lines) {
        Document doc = Pages.lines(lines.split("\\|"));
        new AuthorBioRule().apply(doc);
        assertNull(doc.label(0), lines);
    }

    @Test
    void theArticleEndsAboveTheBox() {
        Article a = Pages.cleanDump("The council approved the new budget on Monday after a debate that ran late into the night.",
                "The mayor said the vote showed that the city could still agree on what matters most to the people who live in it.",
                "About Carlos Silva", "Carlos Silva",
                "Father of two and a teacher, Carlos Silva has written for the site since it began and runs courses for parents on reading "
                        + "at home, on writing, on the first years of school and on how to choose the right books for each age, which thousands "
                        + "of parents have taken online in the last five years, and he lives with his family in a small town in the south.");
        assertEquals(2, a.body().size(), a.body().toString());
        assertFalse(a.text().contains("Father of two"));
    }
}
