package dev.pith.meta;

import dev.pith.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditParserTest {

    private final CreditParser parser = new CreditParser(Lexicon.builtIn());

    private Credit parse(String s) {
        Optional<Credit> c = parser.parse(s);
        assertTrue(c.isPresent(), "no credit in '" + s + "'");
        return c.get();
    }

    @Test
    void peopleJoinedByAndAndCommas() {
        assertEquals(List.of("Jane Park", "Tom Reyes", "Ana Silva"), parse("Jane Park, Tom Reyes and Ana Silva").people());
        assertNull(parse("Jane Park").organisation());
    }

    @Test
    void peopleInOtherLanguages() {
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"), parse("Nguyễn Văn An và Trần Thị Bình").people());
        assertEquals(List.of("Anna Schmidt", "Karl Weber"), parse("Anna Schmidt und Karl Weber").people());
        assertEquals(List.of("Иван Петров", "Ольга Смирнова"), parse("Иван Петров и Ольга Смирнова").people());
        assertEquals(List.of("张三", "李四"), parse("张三 李四".replace(" ", "、")).people());
        // Devanagari, like Han or Arabic, has no capitals to mark a name.
        assertEquals(List.of("राहुल शर्मा"), parse("राहुल शर्मा").people());
    }

    @Test
    void agencyIsAnOrganisationNotAPerson() {
        Credit ap = parse("AP");
        assertTrue(ap.people().isEmpty());
        assertEquals("AP", ap.organisation());
        assertEquals("Associated Press", parse("Associated Press").organisation());
        assertEquals("TTXVN", parse("TTXVN").organisation());
        assertEquals("新华社", parse("新华社").organisation());
    }

    @Test
    void personAndAgencyTogether() {
        Credit c = parse("Jane Park / Reuters");
        assertEquals(List.of("Jane Park"), c.people());
        assertEquals("Reuters", c.organisation());
    }

    @Test
    void allCapsNamesAreTitleCased() {
        assertEquals(List.of("Michael Lee"), parse("MICHAEL LEE").people());
        assertEquals(List.of("María José García"), parse("MARÍA JOSÉ GARCÍA").people());
        assertEquals("Michael Lee", CreditParser.titleCase("MICHAEL LEE"));
        assertEquals("McDonald Smith", CreditParser.titleCase("McDonald Smith"), "mixed case kept as written");
    }

    @Test
    void emailsAndBracketsAreStripped() {
        assertEquals(List.of("Jane Park"), parse("Jane Park (jane.park@example.com)").people());
        assertEquals(List.of("Jane Park"), parse("Jane Park jane.park@example.com").people());
        assertEquals(List.of("Jane Park"), parse("Jane Park [Seoul]").people());
        assertEquals(List.of("Jane Park"), parse(": Jane Park |").people());
    }

    @Test
    void jobTitlesAreDropped() {
        assertEquals(List.of("Jane Park"), parse("Jane Park, Staff Writer").people());
        assertEquals(List.of("Tom Reyes", "Ana Silva"), parse("Tom Reyes, Correspondent and Ana Silva").people());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "the end of the year, prices had doubled", "the committee said on Monday",
            "Jane", "2024 Election Results", "jane park", "one two three four five six seven eight nine ten eleven twelve thirteen",
            "Staff Writer"})
    void proseAndNonNamesAreNotCredits(String s) {
        assertFalse(parser.parse(s).isPresent(), "'" + s + "' -> " + parser.parse(s));
    }

    @Test
    void isOrganisation() {
        assertTrue(parser.isOrganisation("Yonhap"));
        assertTrue(parser.isOrganisation("KCNA"));
        assertTrue(parser.isOrganisation("AFP"));
        assertFalse(parser.isOrganisation("Jane Park"));
        assertFalse(parser.isOrganisation("ABCDEFGHIJ"), "too long for an acronym");
    }

    @Test
    void allCapsAndSeparatesNames() {
        assertEquals(List.of("Jane Park", "Tom Lee"), parse("JANE PARK AND TOM LEE").people());
    }

    @Test
    void namesWithParticles() {
        assertEquals(List.of("Maria de la Cruz"), parse("Maria de la Cruz").people());
        assertEquals(List.of("Ludwig van Dijk"), parse("Ludwig van Dijk").people());
    }

    @Test
    void jobTitlesWithoutCommaOrWithQualifierAreDropped() {
        assertEquals(List.of("Jane Park"), parse("Jane Park Staff Writer").people());
        assertEquals(List.of("Jane Park"), parse("Jane Park, Senior Correspondent").people());
    }

    @Test
    void apostropheNamesAreTitleCased() {
        assertEquals("Sean O'Brien", CreditParser.titleCase("SEAN O'BRIEN"));
    }

    @Test
    void hyphenatedCapitalNamesAreTitleCased() {
        assertEquals(List.of("Jean-Pierre Dubois"), parse("JEAN-PIERRE DUBOIS").people());
    }

    @Test
    void barsAndDotsSeparateANameFromItsJobTitle() {
        assertEquals(List.of("John Smith"), parse("JOHN SMITH | Staff Writer").people());
        assertEquals(List.of("Jane Park", "Tom Reyes"), parse("Jane Park · Tom Reyes").people());
    }

    @Test
    void anOutletWithABeatAndJobTitleIsNoName() {
        Credit c = parse("TOM KRISHER, AP Auto Writer");
        assertEquals(List.of("Tom Krisher"), c.people());
        assertEquals("AP", c.organisation());
    }
}
