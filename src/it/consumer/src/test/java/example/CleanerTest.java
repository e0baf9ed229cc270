package example;

import dev.pith.Article;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanerTest {

    private static final String PAGE = "<html lang='en'><head><title>Council approves rail line - Example Daily</title></head><body>"
            + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
            + "<article><h1>Council approves rail line</h1><p>By Jane Park</p>"
            + "<p>The city council approved the new rail line on Monday after a debate that lasted more than six hours and drew hundreds of residents.</p>"
            + "<p>Supporters said the line would cut travel times in half for commuters from the northern suburbs, while critics questioned its cost.</p>"
            + "</article><footer>Copyright Example Daily. All rights reserved.</footer></body></html>";

    @Test
    void cleansAPageThroughThePublicApi() {
        Article a = Cleaner.clean(PAGE, "https://example.org/2024/01/16/council-rail-line/");
        assertEquals("Council approves rail line", a.title());
        assertEquals(2, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("The city council approved"));
        assertEquals(LocalDate.of(2024, 1, 16), a.published());
        assertEquals("en", a.language());
        assertFalse(a.text().contains("Copyright"));
    }

    @Test
    void pithIsANamedModuleThatExportsOnlyItsApi() {
        Module pith = Pith.class.getModule();
        assertTrue(pith.isNamed(), "the jar is a module, not the class path");
        assertEquals("dev.pith", pith.getName());
        assertTrue(pith.isExported("dev.pith"));
        for (String internal : new String[] {"dev.pith.rules", "dev.pith.classify", "dev.pith.segment", "dev.pith.meta", "dev.pith.cli"}) {
            assertTrue(pith.getPackages().contains(internal), internal);
            assertFalse(pith.isExported(internal), internal + " must stay hidden");
        }
    }
}
