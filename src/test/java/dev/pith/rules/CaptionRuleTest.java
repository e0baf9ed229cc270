package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CaptionRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"The minister speaks to reporters in the capital on Monday. (Photo: Reuters)",
            "Người dân di chuyển qua đoạn đường ngập nước. (Ảnh: TTXVN)", "Rescue teams search the rubble (Source: KCNA)",
            "救援人员在现场搜救（图片来源：新华社）",
            "Spain's Rafael Nadal celebrates a point during their Davis Cup match in Madrid, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)"})
    void endsWithBracketedCredit(String line) {
        assertEquals(Label.CAPTION, Pages.labelOf(new CaptionRule(), line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The minister speaks to reporters in the capital on Monday. Photo: Jane Doe",
            "▲4일 세종시청에서 성금 전달식이 열렸다. 왼쪽부터 이춘희 세종시장, 홍영섭 회장. 사진=세종시 제공",
            "Cachorro com deficiência e abandonado em Porto Velho ganhou um lar — Foto: Mayara Subtil/G1",
            "Венедіктова була змушена підписати підозру Юрченку / Фото з фейсбуку Олександра Юрченка"})
    void endsWithACreditSentence(String line) {
        assertEquals(Label.CAPTION, Pages.labelOf(new CaptionRule(), line), line);
    }

    @Test
    void aSentencePrintedTwiceInARowIsACaption() {
        Document doc = Pages.lines("Groups of people dining outdoors on Lygon Street, Carlton.Groups of people dining outdoors on Lygon Street, Carlton.",
                "Groups of people dined outdoors on Lygon Street. Groups of people dined outdoors on Lygon Street until late at night.");
        new CaptionRule().apply(doc);
        assertEquals(Label.CAPTION, doc.label(0));
        assertNull(doc.label(1), "a paragraph that repeats its start is no doubled caption");
    }

    @Test
    void thePicturesTextRightAboveACaptionThatStartsTheSameWayIsACaptionToo() {
        Document doc = Pages.lines("A group of friends raise their glasses at a nightclub in the city. Denmark 2012.",
                "A group of friends raise their glasses at a nightclub in the city. Denmark ... [+] 2012. (Photo: Jane Doe)",
                "A group of friends raise their glasses and say the night is young, the police said on Monday.");
        new CaptionRule().apply(doc);
        assertEquals(Label.CAPTION, doc.label(0));
        assertEquals(Label.CAPTION, doc.label(1));
        assertNull(doc.label(2), "a paragraph that only starts like the caption is left alone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe (right) and John Roe (second from right) are residents stuck in a campground near the border.",
            "A nurse (left) demonstrates a ventilator to the hospital's new staff on Tuesday.",
            "Members of the council, from left, Ann Lee, Bob Ray and Cy Young, at the vote on Tuesday.",
            "Darío Proximity (a l’esquerra) se suma a la llista d’artistes que han aportat el seu granet de sorra.",
            "El alcalde (a la derecha) saluda a los vecinos durante la inauguración del puente.",
            "Le maire (à gauche) et le préfet lors de l'inauguration du pont, mardi.",
            "Il sindaco (a destra) e il prefetto all'inaugurazione del ponte, martedì."})
    void aLineThatNamesWhoStandsWhereIsACaption(String line) {
        assertEquals(Label.CAPTION, Pages.labelOf(new CaptionRule(), line), line);
    }

    @Test
    void aLongParagraphThatNamesWhoStandsWhereIsNot() {
        String paragraph = "The council met on Tuesday to vote on the budget, and the members who sat from left to right along the"
                + " table argued for three hours over the money for schools, roads and the new bridge, which the mayor said"
                + " the city could no longer put off after two winters of floods.";
        assertNull(Pages.labelOf(new CaptionRule(), paragraph));
        for (String prose : new String[] {"The suspect, pictured, was arrested at his home on Monday.",
                "He was pictured in a local newspaper last week.", "The party has moved away from left-wing policies in recent years.",
                "The laptop has an Intel(R) Core(TM) i7 processor and a large screen.", "Turn the dial from right to left to open the safe.",
                "Betroffen sind vor allem die Torstraße (Mitte) und die Kantstraße (Charlottenburg).",
                "El PP (derecha) perdió votos y Podemos (izquierda) entró en el parlamento.",
                "The agency lists approved sources (links) on its website."}) {
            assertNull(Pages.labelOf(new CaptionRule(), prose), "article wording, not a caption's: " + prose);
        }
        assertNull(Pages.labelOf(new CaptionRule(), "Prices rose by five percent in the year to March (source: Eurostat)."));
    }

    @Test
    void theCaptionShownAgainWithACreditRunOnIsACaptionTwice() {
        Document doc = Pages.lines("The president speaks to supporters from the south lawn of the White House in Washington.",
                "Photo", "The president speaks to supporters from the south lawn of the White House in Washington. Reuters/JANE DOE",
                "The president said he felt great.", "The president said he felt great. Then he left for the airport.");
        new CaptionRule().apply(doc);
        assertEquals(Label.CAPTION, doc.label(0));
        assertEquals(Label.CAPTION, doc.label(2));
        assertNull(doc.label(3), "a sentence repeated with another sentence after it is no picture's text");
        assertNull(doc.label(4));
    }

    @Test
    void theCaptionShownAgainWithABracketedCreditIsACaptionTwice() {
        // The bracketed credit makes the copy end like a sentence; the tail is still only the credit.
        Document doc = Pages.lines("The simulated birth of a galaxy cluster, where dark matter structures merge together (gas is shown in red).",
                "The simulated birth of a galaxy cluster, where dark matter structures merge together (gas is shown in red). (Image credit: TNG)",
                "The model needed a supercomputer.", "The model needed a supercomputer. (It ran for a year.) (Really.)");
        new CaptionRule().apply(doc);
        assertEquals(Label.CAPTION, doc.label(0));
        assertEquals(Label.CAPTION, doc.label(1));
        assertNull(doc.label(2), "two bracketed asides are no credit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Prices rose by five percent in the year to March. Source: Eurostat",
            "Photo: Jane Doe", "The photo: a crowd in the square, seen from the roof of the town hall."})
    void aSourceSentenceOrACreditAloneIsNoCaptionCredit(String line) {
        assertNull(Pages.labelOf(new CaptionRule(), line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council met on Monday (in Vietnamese)", "Growth slowed to 2 percent (file)",
            "Rescue teams search the rubble (photos taken by residents)", "The talks ended without a deal, officials said. (Reuters)",
            "The talks ended without a deal. (reporting by jane doe/AP)",
            "Two people were hurt in a protest outside city hall after the vote, police said. (AFP, Reuters)"})
    void otherBracketsAreNotCredits(String line) {
        assertNull(Pages.labelOf(new CaptionRule(), line), line);
    }

    @Test
    void aLongParagraphClosedByANameAndAnAgencyIsNoCaption() {
        String paragraph = "The talks ended without a deal, officials said on Monday after a week in which "
                + "the two sides met again and again, ".repeat(8) + "then gave up. (Jane Doe/AP)";
        assertNull(Pages.labelOf(new CaptionRule(), paragraph));
    }

    @Test
    void descriptiveSentenceShownTwiceNearbyIsACaption() {
        Document doc = Pages.lines("Rescue workers search the rubble of a collapsed building in the old town.",
                "Credit line", "Rescue workers search the rubble of a collapsed building in the old town.");
        new CaptionRule().apply(doc);
        assertEquals(Label.CAPTION, doc.label(0));
        assertNull(doc.label(1));
    }

    @Test
    void theLineRightAboveAPhotoCreditIsItsCaptionInADump() {
        String caption = "Heavy air pollution in the city is shaving years off the lives of millions.";
        String paragraph = "The council said on Tuesday that it would close schools until the smog lifts, and asked drivers to stay home.";
        Document doc = Pages.dump(paragraph + "\n\n" + caption + "\n\nJane Doe/Getty Images\n\n" + paragraph.replace("Tuesday", "Monday"));
        new CreditRule().apply(doc);
        new CaptionRule().apply(doc);
        assertEquals(Label.CREDIT, doc.label(2));
        assertEquals(Label.CAPTION, doc.label(1));
        assertNull(doc.label(0), "only the line right above the credit");
        assertNull(doc.label(3), "nor the paragraph after it");
    }

    @Test
    void aHeadlineAboveTheLeadPhotosCreditIsNoCaption() {
        Document doc = Pages.dump("Russia hosts North Korea's top diplomat for talks on ties\n\nJOHN DOE, POOL PHOTO VIA AP");
        new CreditRule().apply(doc);
        new CaptionRule().apply(doc);
        assertEquals(Label.CREDIT, doc.label(1));
        assertNull(doc.label(0));
    }

    @Test
    void inHtmlAParagraphAboveACreditStaysAParagraph() {
        // An uncaptioned photo's credit may follow a paragraph; HTML captions are known by their markup.
        Document doc = Pages.html("<p>Heavy air pollution in the city is shaving years off the lives of millions.</p>"
                + "<div>Jane Doe/Getty Images</div>");
        new CreditRule().apply(doc);
        new CaptionRule().apply(doc);
        assertEquals(Label.CREDIT, doc.label(1));
        assertNull(doc.label(0));
    }

    @Test
    void repetitionFarApartIsNotACaption() {
        Document doc = Pages.lines("Rescue workers search the rubble of a collapsed building in the old town.",
                "One.", "Two.", "Three.", "Four.",
                "Rescue workers search the rubble of a collapsed building in the old town.");
        new CaptionRule().apply(doc);
        assertNull(doc.label(0));
    }

    @Test
    void shortRepeatedFurnitureIsNotACaption() {
        Document doc = Pages.lines("Latest news", "Some text", "Latest news");
        new CaptionRule().apply(doc);
        assertNull(doc.label(0));
    }

    @Test
    void aLongUnpunctuatedLineShownTwiceIsACaptionInSentenceCaseButAHeadlineInTitleCase() {
        String caption = "Rescue workers search the rubble of a collapsed building in the old town after the storm on Sunday night";
        Document doc = Pages.lines(caption, "Credit line", caption);
        new CaptionRule().apply(doc);
        assertEquals(Label.CAPTION, doc.label(0));

        String headline = "Prime Minister Says It Is Impossible To Say When The Border Restrictions Can Be Lifted This Year";
        doc = Pages.lines(headline, "Jane Doe, 12 minutes ago", headline);
        new CaptionRule().apply(doc);
        assertNull(doc.label(0));
    }
}
