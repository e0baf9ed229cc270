package dev.pith.lexicon;

import dev.pith.Article;
import dev.pith.Block;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every lexicon file is well formed (only known sections, no phrase twice in a section), and each
 * language's common furniture lines are kept out of an article's body while its prose stays in.
 */
class LexiconLanguagesTest {

    private static final String ROOT = "/dev/pith/lexicon/";
    private static final Pith PITH = Pith.defaults();

    private static List<String> languages() {
        return DataFile.lines(ROOT + "languages.txt");
    }

    @Test
    void everyListedLanguageLoadsOnItsOwn() {
        List<String> langs = languages();
        assertTrue(langs.containsAll(List.of("en", "vi", "zh", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "pl",
                "tr", "id", "ja", "ko", "ar")), langs.toString());
        assertEquals(langs.size(), new HashSet<>(langs).size(), "a language listed twice: " + langs);
        for (String lang : langs) {
            Lexicon one = Lexicon.load(List.of(lang));
            int phrases = 0;
            for (PhraseKind k : PhraseKind.values()) {
                for (String line : DataFile.lines(ROOT + lang + ".txt")) {
                    if (one.contains(k, PhraseMatcher.normalize(line))) {
                        phrases++;
                        break;
                    }
                }
            }
            assertTrue(phrases > 0, lang + " has no phrase");
        }
    }

    /**
     * A bracketed line that opens a paragraph (the file's first entry, or after a blank line) is meant as a
     * section header and must name a kind; other bracketed lines are phrases ("[more]", "[详细]").
     */
    @Test
    void everySectionIsAKnownKindAndNoPhraseRepeatsWithinIt() throws Exception {
        for (String lang : languages()) {
            List<String> raw;
            try (var in = LexiconLanguagesTest.class.getResourceAsStream(ROOT + lang + ".txt")) {
                raw = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip).toList();
            }
            Map<PhraseKind, Set<String>> seen = new HashMap<>();
            Set<PhraseKind> sections = new HashSet<>();
            PhraseKind kind = null;
            boolean paragraphStart = true;
            for (String line : raw) {
                if (line.isEmpty()) {
                    paragraphStart = true;
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                boolean bracketed = line.startsWith("[") && line.endsWith("]");
                Optional<PhraseKind> k = bracketed ? PhraseKind.fromSection(line.substring(1, line.length() - 1)) : Optional.empty();
                if (bracketed && paragraphStart) {
                    assertTrue(k.isPresent(), lang + ": unknown section " + line);
                }
                paragraphStart = false;
                if (k.isPresent()) {
                    assertTrue(sections.add(k.get()), lang + ": section " + line + " opened twice");
                    kind = k.get();
                    continue;
                }
                assertTrue(kind != null, lang + ": '" + line + "' before the first section");
                String norm = PhraseMatcher.normalize(line);
                assertTrue(seen.computeIfAbsent(kind, x -> new HashSet<>()).add(norm),
                        lang + ": '" + norm + "' twice in [" + kind + "]");
            }
            assertFalse(sections.isEmpty(), lang + ": no section");
        }
    }

    @Test
    void turkishDottedCapitalIMatchesItsLowerCasePhrase() {
        assertEquals("ilgili haberler", PhraseMatcher.normalize("İLGİLİ HABERLER"));
        assertTrue(Lexicon.builtIn().whole(PhraseKind.TEASER, PhraseMatcher.normalize("İlgili Haberler")).isPresent());
    }

    /** One case per language: an article paragraph and furniture lines that must not reach the body. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("de", "Die Bundesregierung hat am Montag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen, "
                        + "das ab dem kommenden Jahr gelten soll und zahlreiche Änderungen für Hausbesitzer und Mieter vorsieht.",
                        List.of("Lesen Sie auch", "Teilen", "Kommentare", "Alle Rechte vorbehalten.")),
                Arguments.of("fr", "Le gouvernement a présenté mercredi un projet de loi destiné à réduire la consommation d'énergie "
                        + "des bâtiments publics, une mesure qui doit entrer en vigueur au début de l'année prochaine.",
                        List.of("À lire aussi", "Partager", "Commentaires", "Tous droits réservés")),
                Arguments.of("es", "El Gobierno aprobó este martes una reforma de la ley de vivienda que limitará la subida de los "
                        + "alquileres en las grandes ciudades y ampliará las ayudas para los jóvenes que buscan piso.",
                        List.of("Noticias relacionadas", "Compartir", "Comentarios", "Todos los derechos reservados.")),
                Arguments.of("pt", "O governo anunciou nesta segunda-feira um novo pacote de investimentos em infraestrutura, com "
                        + "obras em rodovias, portos e ferrovias previstas para começar ainda no primeiro semestre do próximo ano.",
                        List.of("Leia também", "Compartilhe", "Comentários", "Publicidade")),
                Arguments.of("it", "Il consiglio comunale ha approvato ieri sera il nuovo piano per la mobilità urbana, che prevede "
                        + "l'estensione delle piste ciclabili e nuove linee di autobus elettrici entro la fine del prossimo anno.",
                        List.of("Leggi anche", "Condividi", "Commenti", "Riproduzione riservata")),
                Arguments.of("nl", "Het kabinet heeft dinsdag een nieuw plan gepresenteerd om de woningnood aan te pakken, met "
                        + "extra geld voor gemeenten die snel betaalbare huurwoningen bouwen voor starters en gezinnen.",
                        List.of("Lees ook", "Delen", "Reacties", "Alle rechten voorbehouden")),
                Arguments.of("ru", "Правительство во вторник утвердило новую программу поддержки малого бизнеса, которая "
                        + "предусматривает льготные кредиты и снижение налоговой нагрузки для предприятий в регионах страны.",
                        List.of("Читайте также", "Поделиться", "Комментарии", "Все права защищены")),
                Arguments.of("uk", "Уряд у вівторок затвердив нову програму підтримки малого бізнесу, яка передбачає пільгові "
                        + "кредити та зниження податкового навантаження для підприємств у регіонах країни.",
                        List.of("Читайте також", "Поділитися", "Коментарі", "Усі права захищено")),
                Arguments.of("pl", "Rząd przyjął we wtorek nowy program wsparcia dla małych firm, który przewiduje preferencyjne "
                        + "kredyty oraz obniżenie obciążeń podatkowych dla przedsiębiorstw w mniejszych miejscowościach.",
                        List.of("Czytaj także", "Udostępnij", "Komentarze", "Wszelkie prawa zastrzeżone")),
                Arguments.of("tr", "Hükümet salı günü küçük işletmeler için yeni bir destek paketi açıkladı; paket düşük faizli "
                        + "krediler ve bölgelerdeki şirketler için vergi indirimleri içeriyor ve gelecek ay yürürlüğe girecek.",
                        List.of("İlgili Haberler", "Paylaş", "Yorumlar", "Tüm hakları saklıdır.")),
                Arguments.of("id", "Pemerintah pada Selasa mengumumkan paket bantuan baru untuk usaha kecil dan menengah yang "
                        + "mencakup kredit berbunga rendah serta keringanan pajak bagi pelaku usaha di daerah terpencil.",
                        List.of("Baca Juga", "Bagikan", "Komentar", "Berita Terkait")),
                Arguments.of("ja", "政府は火曜日、中小企業を支援するための新たな経済対策を発表した。低金利の融資や税負担の軽減が"
                        + "盛り込まれており、地方の企業を中心に来月から順次実施される予定だという。",
                        List.of("関連記事", "シェア", "コメント", "無断転載を禁じます")),
                Arguments.of("ko", "정부는 화요일 중소기업을 지원하기 위한 새로운 경제 대책을 발표했다. 저금리 대출과 세금 부담 완화가 "
                        + "포함됐으며 지방 기업을 중심으로 다음 달부터 차례로 시행될 예정이다.",
                        List.of("관련기사", "공유하기", "댓글", "무단전재 및 재배포 금지")),
                Arguments.of("ar", "أعلنت الحكومة يوم الثلاثاء عن حزمة دعم جديدة للشركات الصغيرة والمتوسطة تشمل قروضا بفوائد "
                        + "منخفضة وتخفيضات ضريبية للشركات العاملة في المناطق النائية من البلاد اعتبارا من الشهر المقبل.",
                        List.of("اقرأ أيضا", "شارك", "التعليقات", "جميع الحقوق محفوظة")),
                Arguments.of("sv", "Regeringen presenterade på tisdagen ett nytt förslag som innebär att kommunerna ska få mer pengar till "
                        + "äldreomsorgen under de kommande tre åren, men oppositionen menar att satsningen är alldeles för liten.",
                        List.of("Läs också", "Dela", "Kommentarer", "Alla rättigheter förbehållna.")),
                Arguments.of("da", "Regeringen fremlagde tirsdag et nyt udspil, der skal give kommunerne flere penge til ældreplejen i de "
                        + "kommende tre år, men oppositionen mener, at beløbet er alt for lille til at gøre en forskel.",
                        List.of("Læs også", "Udskriv", "Læserkommentarer", "Alle rettigheder forbeholdes.")),
                Arguments.of("nb", "Regjeringen la tirsdag fram et nytt forslag som skal gi kommunene mer penger til eldreomsorgen de neste "
                        + "tre årene, men opposisjonen mener at satsingen er altfor liten til å utgjøre noen forskjell.",
                        List.of("Les også", "Del saken", "Tekststørrelse", "Alle rettigheter reservert.")),
                Arguments.of("el", "Το υπουργικό συμβούλιο ενέκρινε χθες το νέο νομοσχέδιο για τη στέγαση των νέων οικογενειών, το οποίο "
                        + "προβλέπει χαμηλότοκα δάνεια και επιδότηση ενοικίου για όσους έχουν εισόδημα κάτω από συγκεκριμένο όριο.",
                        List.of("Διαβάστε επίσης", "Σχόλια", "Με επιφύλαξη παντός δικαιώματος.", "Ετικέτες: στέγαση, νομοσχέδιο")),
                Arguments.of("he", "הממשלה אישרה אתמול את תוכנית החומש לשיפור התחבורה הציבורית בפריפריה, הכוללת הוספת קווי אוטובוס חדשים, "
                        + "הרחבת שעות הפעילות של הרכבת והשקעה של מיליארדי שקלים בתשתיות בערים הקטנות.",
                        List.of("קראו גם", "תגובות", "כל הזכויות שמורות לאתר החדשות.", "תגיות: תחבורה, ממשלה")),
                Arguments.of("fa", "دولت روز گذشته طرح جدیدی را برای حمایت از خانوارهای نیازمند تصویب کرد که بر اساس آن یارانه کالاهای "
                        + "اساسی افزایش خواهد یافت و بیش از ده میلیون خانوار در سراسر کشور از آن سود خواهند برد.",
                        List.of("بیشتر بخوانید", "نظرات", "کلیه حقوق محفوظ است.", "منبع: خبرگزاری مهر")),
                Arguments.of("hi", "केंद्र सरकार ने मंगलवार को घोषणा की कि अगले वित्त वर्ष में ग्रामीण इलाकों में सड़कों के निर्माण के लिए बजट "
                        + "में बीस प्रतिशत की बढ़ोतरी की जाएगी, जिससे हजारों गांवों को फायदा होगा।",
                        List.of("ये भी पढ़ें", "शेयर करें", "टिप्पणियां", "© 2024 सर्वाधिकार सुरक्षित।")),
                Arguments.of("th", "กระทรวงคมนาคมเปิดเผยเมื่อวันอังคารว่า รัฐบาลจะขยายเส้นทางรถไฟฟ้าสายสีม่วงไปยังจังหวัดนนทบุรีและปทุมธานีภายในปีหน้า "
                        + "เพื่อช่วยลดปัญหาการจราจรติดขัดและอำนวยความสะดวกให้กับผู้ที่เดินทางไปทำงานในกรุงเทพมหานครทุกวัน",
                        List.of("ข่าวที่เกี่ยวข้อง", "แชร์", "แสดงความคิดเห็น", "สงวนลิขสิทธิ์ © 2567 บริษัท ข่าวดี จำกัด")),
                Arguments.of("bg", "Общинският съвет на София реши във вторник да удължи работното време на метрото през летните месеци, "
                        + "като последните влакове ще тръгват от крайните спирки в един часа след полунощ.",
                        List.of("Прочетете още", "Сподели", "Коментари", "Всички права запазени.")),
                Arguments.of("fi", "Helsingin kaupunki aikoo rakentaa uuden raitiotien Malmin ja Kalasataman välille, ja ensimmäiset rakennustyöt "
                        + "alkavat kaupunginvaltuuston tiistaina tekemän päätöksen mukaan jo ensi keväänä, kertoo hankkeen projektipäällikkö Anna Laine.",
                        List.of("Lue myös", "Kommentit", "Kaikki oikeudet pidätetään.", "Kuva: Heikki Saukkomaa")),
                Arguments.of("hu", "A Budapesti Közlekedési Központ bejelentette, hogy jövő hétfőtől felújítási munkák miatt két hónapig pótlóbuszok "
                        + "járnak a hármas metró déli szakaszán, ezért az utasok jelentős többletidővel számolhatnak a reggeli csúcsforgalomban.",
                        List.of("Kapcsolódó cikkek", "Hozzászólások", "Minden jog fenntartva.", "Fotó: MTI/Koszticsák Szilárd")),
                Arguments.of("ro", "Primăria Municipiului București a anunțat că lucrările de modernizare a liniei de tramvai 41 vor începe în luna "
                        + "martie, iar circulația va fi restricționată timp de aproximativ șase luni pe mai multe tronsoane ale traseului.",
                        List.of("Citește și", "Comentarii", "Toate drepturile rezervate.", "Sursa foto: Inquam Photos")),
                Arguments.of("lt", "Vilniaus miesto savivaldybė antradienį pranešė, kad nuo kitos savaitės pradės rekonstruoti pagrindinę Gedimino "
                        + "prospekto atkarpą, todėl vairuotojams ir viešojo transporto keleiviams rekomenduojama iš anksto planuoti savo kelionės maršrutus.",
                        List.of("Taip pat skaitykite", "Pasidalink", "Komentarai", "Visos teisės saugomos.")),
                Arguments.of("lv", "Rīgas dome otrdien paziņoja, ka no nākamās nedēļas sāks pārbūvēt Brīvības ielas posmu pie Centrālās stacijas, "
                        + "tāpēc autovadītājiem un sabiedriskā transporta pasažieriem ieteicams laikus plānot savus maršrutus un izvēlēties apbraucamos ceļus.",
                        List.of("Lasi arī", "Dalīties", "Komentāri", "Visas tiesības aizsargātas.")),
                Arguments.of("et", "Tallinna linnavalitsus teatas teisipäeval, et alustab järgmisel nädalal Pärnu maantee lõigu rekonstrueerimist "
                        + "kesklinnas, mistõttu soovitatakse autojuhtidel ja ühistranspordi kasutajatel oma sõiduteekonnad aegsasti läbi mõelda ning arvestada ümbersõitudega.",
                        List.of("Loe ka", "Jaga", "Kommentaarid", "Kõik õigused kaitstud.")),
                Arguments.of("sq", "Qeveria shqiptare njoftoi të mërkurën se do të rrisë buxhetin për shëndetësinë me dhjetë për qind vitin e ardhshëm, "
                        + "ndërsa opozita kritikoi planin si të pamjaftueshëm për spitalet rajonale të vendit.",
                        List.of("Lexo edhe: Parlamenti miraton ligjin e ri për arsimin", "Lajme të ngjashme", "Shpërndaj", "Të gjitha të drejtat e rezervuara.")),
                Arguments.of("ca", "El Govern ha anunciat aquest dimecres que destinarà cent milions d'euros a millorar la xarxa de Rodalies durant els "
                        + "pròxims tres anys, després de les nombroses incidències que han patit els usuaris aquest hivern.",
                        List.of("Llegeix també: El Parlament aprova la nova llei d'habitatge", "Notícies relacionades", "Comparteix", "Tots els drets reservats.")),
                Arguments.of("sl", "Vlada je v sredo sprejela predlog proračuna za prihodnje leto, ki predvideva deset odstotkov več denarja za zdravstvo, "
                        + "opozicija pa je ocenila, da povišanje ne bo rešilo težav s čakalnimi vrstami v bolnišnicah.",
                        List.of("Preberite tudi: Državni zbor potrdil nov zakon o visokem šolstvu", "Sorodne novice", "Komentarji", "Vse pravice pridržane.")),
                Arguments.of("cs", "Vláda ve středu schválila návrh rozpočtu na příští rok, podle kterého by schodek státních financí měl klesnout "
                        + "o dvacet miliard korun, uvedl po jednání kabinetu ministr financí.",
                        List.of("Čtěte také", "Sdílet", "Diskuse", "Všechna práva vyhrazena.")),
                Arguments.of("sk", "Parlament v utorok schválil novelu zákona o verejnom obstarávaní, ktorá má podľa ministerstva zrýchliť výstavbu "
                        + "diaľnic a zároveň sprísniť kontrolu nad tým, ako samosprávy míňajú peniaze z eurofondov.",
                        List.of("Čítajte aj", "Zdieľať", "Diskusia", "Všetky práva vyhradené.")),
                Arguments.of("hr", "Hrvatski sabor u četvrtak je izglasao izmjene zakona o najmu stanova, kojima se vlasnicima koji stanove ostave "
                        + "prazne uvodi viši porez, a gradovima daje više ovlasti u reguliranju kratkoročnog najma turistima.",
                        List.of("Pročitajte i", "Podijeli", "Komentari", "Sva prava pridržana.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void furnitureLinesLeaveTheBodyAndProseStays(String lang, String paragraph, List<String> furniture) {
        List<String> blocks = new ArrayList<>();
        blocks.add(paragraph);
        blocks.addAll(furniture);
        Article a = PITH.clean(Page.text(String.join("\n\n", blocks)));
        assertTrue(a.body().contains(paragraph), () -> lang + ": prose not kept: " + describe(a));
        for (String f : furniture) {
            assertFalse(a.body().contains(f), () -> lang + ": '" + f + "' in the body: " + describe(a));
            Block b = a.blocks().stream().filter(x -> x.text().equals(f)).findFirst().orElseThrow();
            assertTrue(b.reason().contains("(" + lang + ")"), () -> lang + ": not by the " + lang + " lexicon: " + b.reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void proseAloneIsTheBody(String lang, String paragraph, List<String> furniture) {
        Article a = PITH.clean(Page.text(paragraph));
        assertEquals(List.of(paragraph), a.body(), () -> lang + ": " + describe(a));
    }

    private static String describe(Article a) {
        StringBuilder b = new StringBuilder();
        for (Block x : a.blocks()) {
            b.append("\n  ").append(x.label()).append(" | ").append(x.reason()).append(" | ").append(x.text());
        }
        return b.toString();
    }
}
