package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetTest {

    @Test
    void standardOrderPutsPlaceholdersThenDuplicatesFirstAndTeaserListsLast() {
        List<Rule> rules = RuleSet.standard().rules();
        assertTrue(rules.get(0) instanceof PlaceholderRule);
        assertTrue(rules.get(1) instanceof DuplicateRule);
        assertTrue(rules.get(rules.size() - 2) instanceof DatelineRule);
        // last, because it reads what the others decided: the teaser heading, the pictures and timestamps between items
        assertTrue(rules.get(rules.size() - 1) instanceof TeaserListRule);
    }

    @Test
    void firstRuleToDecideWins() {
        // a repeated "Source: Yonhap" is a DUPLICATE, not a SOURCE, because DuplicateRule runs first
        Document doc = Pages.lines("Source: Yonhap", "Seoul officials announced new measures on Monday to support small firms.",
                "Source: Yonhap");
        RuleSet.standard().apply(doc);
        assertEquals(Label.SOURCE, doc.label(0));
        assertNull(doc.label(1));
        assertEquals(Label.DUPLICATE, doc.label(2));
    }

    @Test
    void aSmallPageIsLabelled() {
        Document doc = Pages.lines("Home > World > Asia", "Floods force thousands from their homes",
                "By Jane Park", "2024-01-19 08:11",
                "Heavy rain has forced thousands of people from their homes in the north of the country, officials said on Friday.",
                "Rescue teams were sent to the worst-hit villages as rivers kept rising.",
                "Related Articles", "Copyright © 2024 Daily Bulletin. All rights reserved.");
        RuleSet.standard().apply(doc);
        assertEquals(Arrays.asList(Label.BREADCRUMB, null, Label.BYLINE, Label.DATELINE, null, null, Label.TEASER, Label.POLICY),
                Pages.labels(doc));
    }

    @Test
    void customRuleSet() {
        Document doc = Pages.lines("Source: Yonhap");
        new RuleSet(List.of(new DatelineRule())).apply(doc);
        assertNull(doc.label(0));
    }
}
