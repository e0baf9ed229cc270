package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PolicyRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new PolicyRule(), line);
    }

    @Test
    void shortBlockWithOnePhraseIsPolicy() {
        assertEquals(Label.POLICY, label("Copyright © 2024 Daily Bulletin. All rights reserved."));
        assertEquals(Label.POLICY, label("版权所有 © 2024 某某日报"));
        assertEquals(Label.POLICY, label("Bản quyền thuộc về Báo Tin Tức."));
    }

    @Test
    void aSignUpBoxsFinePrintIsAPromptNotTheEndOfTheArticle() {
        // A newsletter box stands between an article's paragraphs; a policy line would end the article there.
        String fine = "By signing up, you agree to our Privacy Policy and Terms and Conditions.";
        assertNull(label(fine));
        assertEquals(Label.PROMOTION, Pages.labelOf(PolicyRule.promotions(), fine));
        assertEquals(Label.POLICY, label("Your email address will not be published."), "a policy phrase opening it wins");
    }

    @Test
    void longBlockWithTwoPhrasesIsPolicy() {
        assertEquals(Label.POLICY, label("Readers are welcome to join the discussion below, but by posting you agree to "
                + "our terms of service and our community guidelines, which forbid spam, off-topic remarks and any kind of abuse."));
    }

    @Test
    void longBlockOpeningWithAPhraseIsPolicy() {
        assertEquals(Label.POLICY, label("Comments must be civil and on topic; anything else will be removed by the "
                + "moderators without warning, and repeat offenders will lose the right to post here."));
    }

    @Test
    void longNewsParagraphMentioningOnePhraseIsNotPolicy() {
        assertNull(label("The company was fined on Tuesday after regulators found that its terms of service had "
                + "misled customers about how their data was shared with advertisers in several countries."));
    }

    @Test
    void blockWithoutPhrasesIsNotPolicy() {
        assertNull(label("Cookies and cakes were sold at the village fair."));
    }

    @Test
    void moderationCookieAndCopyrightNoticesInSeveralLanguagesArePolicy() {
        assertEquals(Label.POLICY, label("We welcome a lively debate under our stories. Comments are moderated and may take a while "
                + "to appear, so please keep your comments on topic and polite to other readers."));
        assertEquals(Label.POLICY, label("Ce site emploie des témoins de navigation pour mesurer son audience. Le respect de votre "
                + "vie privée compte pour nous; vous pouvez changer ces réglages à tout moment dans votre navigateur."));
        assertEquals(Label.POLICY, label("Все права на материалы сайта принадлежат редакции. Любое использование материалов "
                + "допускается только с письменного разрешения редакции и с прямой ссылкой на источник."));
    }

    @Test
    void aSitesReuseNoticeIsPolicyAndACommentFormInAnotherLanguageToo() {
        assertEquals(Label.POLICY, label("Use of any of this information or media on this site is strictly prohibited without express written consent."));
        assertEquals(Label.POLICY, label("O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *"));
        assertNull(label("Smoking is strictly prohibited in the new terminal, the airport said on Monday in a statement to passengers and staff."));
    }
}
