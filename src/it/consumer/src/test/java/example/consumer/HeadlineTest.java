package example.consumer;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlineTest {

    private static final String DUMP = String.join("\n",
            "Example Daily",
            "",
            "Home > World > Europe",
            "",
            "Council approves new rail line after long debate",
            "",
            "The city council approved the new rail line on Monday after a debate that lasted more than six hours and drew hundreds of residents.",
            "",
            "Supporters said the line would cut travel times in half for commuters from the northern suburbs, while critics questioned its cost.",
            "",
            "Related Article",
            "",
            "Share this article",
            "");

    @Test
    void cleansAPageThroughThePublicApi() {
        Article a = Pith.defaults().clean(Page.text(DUMP));
        assertEquals("Council approves new rail line after long debate", a.title());
        assertEquals(List.of(
                "The city council approved the new rail line on Monday after a debate that lasted more than six hours and drew hundreds of residents.",
                "Supporters said the line would cut travel times in half for commuters from the northern suburbs, while critics questioned its cost."),
                a.body());
        assertEquals("en", a.language());
        assertTrue(Headline.summary(DUMP).startsWith("Council approves new rail line after long debate\n\nThe city council"));
    }

    @Test
    void pithIsANamedModuleWhoseInternalsStayHidden() throws Exception {
        Module pith = Pith.class.getModule();
        assertEquals("dev.pith", pith.getName());
        assertEquals("example.consumer", HeadlineTest.class.getModule().getName());
        assertTrue(pith.isExported("dev.pith", HeadlineTest.class.getModule()));
        assertFalse(pith.isExported("dev.pith.pipeline"));
        // An internal class can be named, but its members cannot be reached from outside the module.
        Class<?> internal = Class.forName("dev.pith.pipeline.Pipeline");
        assertThrows(IllegalAccessException.class, () -> internal.getDeclaredConstructors()[0].newInstance((Object[]) null));
    }
}
