package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.doc.Verdict;
import dev.pith.testing.Pages;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Properties every rule of the standard set must have, on pages assembled from news-like and furniture lines. */
class RulesPropertiesTest {

    private static final List<String> LINES = List.of(
            "Home > World > Asia", "By Jane Park and Tom Reyes", "Source: Yonhap", "Photo: Jane Park", "Related Articles",
            "Comments (3)", "Copyright © 2024 Daily Bulletin. All rights reserved.", "Friday, December 13, 2024 75°F Today's Paper",
            "2024-01-19 08:11", "Floods force thousands from their homes in the north 2024-01-19 08:11",
            "Heavy rain forced thousands of people from their homes in the north, officials said on Friday.",
            "市政府今天宣布了新的经济措施。", "来源：新华社", "当前位置：首页 > 资讯", "Tin liên quan", "Theo TTXVN",
            "Người dân di chuyển qua đoạn đường ngập nước. (Ảnh: TTXVN)", "Council approves new budget [more]",
            "Print Share Email", "  • Roads closed", "Read more", "", "Правительство объявило о новых мерах 16 января 2024");

    @Provide
    Arbitrary<List<String>> pages() {
        return Arbitraries.of(LINES).list().ofMinSize(1).ofMaxSize(15);
    }

    @Property(tries = 100)
    void rulesNeverOverrideAnEarlierDecision(@ForAll("pages") List<String> lines) {
        Document doc = Pages.dump(String.join("\n", lines));
        for (int i = 0; i < doc.size(); i++) {
            doc.decide(i, Label.BODY, "earlier", "test");
        }
        RuleSet.standard().apply(doc);
        for (int i = 0; i < doc.size(); i++) {
            assertEquals(new Verdict(Label.BODY, "earlier", "test"), doc.verdict(i));
        }
    }

    @Property(tries = 100)
    void everyDecisionNamesItsRule(@ForAll("pages") List<String> lines) {
        Document doc = Pages.dump(String.join("\n", lines));
        RuleSet.standard().apply(doc);
        List<String> names = RuleSet.standard().rules().stream().map(Rule::name).toList();
        for (int i = 0; i < doc.size(); i++) {
            Verdict v = doc.verdict(i);
            if (v != null) {
                assertNotNull(v.evidence());
                assertEquals(true, names.contains(v.rule()), v.rule());
            }
        }
    }

    @Property(tries = 100)
    void rulesAreDeterministic(@ForAll("pages") List<String> lines) {
        Document a = Pages.dump(String.join("\n", lines));
        Document b = Pages.dump(String.join("\n", lines));
        RuleSet.standard().apply(a);
        RuleSet.standard().apply(b);
        assertEquals(Pages.labels(a), Pages.labels(b));
    }
}
