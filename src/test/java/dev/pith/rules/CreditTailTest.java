package dev.pith.rules;

import dev.pith.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditTailTest {

    @Test
    void findsTheClosingBracketAsWritten() {
        CreditTail t = CreditTail.of("Crowds in the square (Photo: AFP) ").orElseThrow();
        assertEquals("Photo: AFP", t.inner());
        assertEquals(21, t.start());
        assertTrue(t.creditWord(Lexicon.builtIn()).isPresent());
        assertEquals("图片来源：新华社", CreditTail.of("救援人员在现场搜救（图片来源：新华社）").orElseThrow().inner());
    }

    @Test
    void findsAClosingCreditSentence() {
        CreditTail t = CreditTail.find("Crowds in the square on Tuesday. Photo: Jane Doe", Lexicon.builtIn()).orElseThrow();
        assertEquals("Photo: Jane Doe", t.inner());
        assertEquals(33, t.start());
        assertEquals("사진=세종시 제공", CreditTail.find("전달식이 열렸다. 사진=세종시 제공", Lexicon.builtIn()).orElseThrow().inner());
        assertEquals(Optional.empty(), CreditTail.closingSentence("Photo: Jane Doe", Lexicon.builtIn()), "needs a sentence before it");
        assertEquals(Optional.empty(), CreditTail.closingSentence("It rose. Then it fell.", Lexicon.builtIn()));
    }

    @Test
    void aChineseCreditFollowsTheFullStopWithoutASpaceInEitherScript() {
        assertEquals("圖／騰訊科技", CreditTail.find("索尼已經向美國申請繼續為華為提供設備。圖／騰訊科技", Lexicon.builtIn()).orElseThrow().inner());
        assertEquals("图/新华社", CreditTail.find("索尼已经向美国申请继续为华为提供设备。图/新华社", Lexicon.builtIn()).orElseThrow().inner());
        assertEquals(Optional.empty(), CreditTail.find("索尼已經申請。圖書館週末照常開放", Lexicon.builtIn()), "a sentence that opens with a word, not the credit");
    }

    @Test
    void aLongOrMissingBracketIsNoTail() {
        assertEquals(Optional.empty(), CreditTail.of("No bracket here"));
        assertEquals(Optional.empty(), CreditTail.of("Text (" + "x".repeat(100) + ")"));
        assertEquals(0, CreditTail.of("(Photo: AFP)").orElseThrow().start(), "a bracket alone starts at 0");
        assertTrue(CreditTail.of("Mayor speaks (left to right)").orElseThrow().creditWord(Lexicon.builtIn()).isEmpty());
    }
}
