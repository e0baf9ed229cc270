package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CopyrightRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"© 2020 Newsweek", "© Cork's 96FM 2020. Powered by Aiir.", "Copyright (C) 1997-2020 TVN S.A.",
            "Copyright (с) ООО «Хёрст Шкулёв Паблишинг», 2019.", "© 2015-2020 Укринформ.", "©2020 Noticiero Digital",
            "Copyright 2020 The Associated Press.", "جميع الحقوق محفوظة © 2020 مؤسسة دبي للإعلام"})
    void aCopyrightSignAndAYearIsTheSitesLine(String line) {
        assertEquals(Label.POLICY, Pages.labelOf(new CopyrightRule(), line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"© Reuters", "© Regan", "Photo: © AFP", "The 2019 season ended with a copyright dispute.",
            "He paid 2020 dollars for it (c.f. the receipt).", "© 20200 items",
            "Under Section 230(c) of the 1996 Communications Decency Act, platforms are not liable for what users post.",
            "The Friends of Transit, a 501(c)(3) group founded in 2009, welcomed the decision.",
            "Copyright lawsuits against city contractors have doubled since 2019, the auditor said."})
    void aCreditOrAnUndatedMentionIsNot(String line) {
        assertNull(Pages.labelOf(new CopyrightRule(), line), line);
    }

    @Test
    void aParagraphAboutACopyrightCaseIsNotAFooter() {
        String paragraph = "The court ruled in 2019 that the copyright of the song, which the band had recorded in a small studio in "
                + "the north of the city, belonged to its two writers and not to the label that had released it.";
        assertNull(Pages.labelOf(new CopyrightRule(), paragraph));
    }
}
