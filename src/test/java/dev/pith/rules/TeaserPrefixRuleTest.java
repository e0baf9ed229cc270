package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TeaserPrefixRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new TeaserPrefixRule(), line);
    }

    @Test
    void aTeaserHeadingWithAColonBeforeAHeadlineIsATeaser() {
        assertEquals(Label.TEASER, label("Related: The 15 Weirdest Galaxies in Our Universe"));
        assertEquals(Label.TEASER, label("READ MORE: Tencent profit falls as economic woes weigh"));
        assertEquals(Label.TEASER, label("Lire aussi : Le gouvernement présente son budget"));
        assertEquals(Label.TEASER, label("Читайте также: В Москве открылась новая станция метро"));
        assertEquals(Label.TEASER, label("Baca juga: Harga minyak naik lagi"));
        assertEquals(Label.TEASER, label("ALSO READ | Serena donates signed dress to bushfire appeal"));
        assertEquals(Label.TEASER, label("[Most read] Former senate president resigns, citing his health"));
    }

    @Test
    void withoutTheColonOrWithAParagraphAfterItIsLeftAlone() {
        assertNull(label("Related stories were published by the council on Monday."));
        assertNull(label("Related:"), "the heading alone is the furniture-phrase rule's");
        assertNull(label("[Update] The council met again on Friday"), "a bracketed word that is no teaser heading");
        assertNull(label("See also: the council's report, which runs to four hundred pages, says that the budget for schools "
                + "and roads in the north will have to grow by a third over the next ten years to keep up"));
    }
}
