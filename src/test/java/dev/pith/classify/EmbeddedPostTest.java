package dev.pith.classify;

import dev.pith.Article;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddedPostTest {

    private static final String P1 = "The state unveiled a new campaign against the drug on Monday, and its slogan was quickly"
            + " mocked by people across the country who read it as an admission.";
    private static final String P2 = "The governor defended the campaign on Tuesday, saying that the slogan had done exactly what"
            + " it was meant to do, which was to get people talking about the problem.";
    private static final String POST = "Yes this is real and the state spent half a million dollars on it pic.twitter.com/abc123";
    private static final String SIGNATURE = "— Jane Doe (@janedoe) November 18, 2019";

    @Test
    void aPostQuotedInsideTheArticleOfADumpIsItsBodyTextAndSignature() {
        Article a = Pages.cleanDump("Campaign mocked online", P1, POST, SIGNATURE, P2, "About us");
        assertEquals(List.of(P1, POST, SIGNATURE, P2), a.body());
    }

    @Test
    void aPostInAnotherLanguageIsKeptWithItsSignature() {
        String post = "El gobierno ha gastado medio millón de dólares en esta campaña y nadie sabe por qué pic.twitter.com/xyz789";
        String signature = "— Juana Pérez (@juanaperez) November 18, 2019";
        Article a = Pages.cleanDump("Campaign mocked online", P1, post, signature, P2, "About us");
        assertEquals(List.of(P1, post, signature, P2), a.body());
    }

    @Test
    void aSignatureOutsideTheArticleStaysOut() {
        Article a = Pages.cleanDump("Campaign mocked online", P1, P2, "Latest posts", POST, SIGNATURE, "About us");
        assertEquals(List.of(P1, P2), a.body());
    }
}
