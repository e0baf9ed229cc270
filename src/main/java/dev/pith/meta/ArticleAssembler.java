package dev.pith.meta;

import dev.pith.Article;
import dev.pith.Block;
import dev.pith.Label;
import dev.pith.date.DateClaim;
import dev.pith.date.DateSource;
import dev.pith.date.SiteCountry;
import dev.pith.date.UrlDate;
import dev.pith.doc.Document;
import dev.pith.doc.Verdict;
import dev.pith.head.HeadMetadata;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link Article} from a labelled page: the body and the routed blocks become fields, and
 * the metadata that needs reading inside blocks (names after "By", the source in a dateline, a
 * breadcrumb's parts) is parsed here.
 *
 * <p>Stateless and thread-safe; reads one page's {@code Document}, which the calling thread owns.
 */
public final class ArticleAssembler {

    private ArticleAssembler() {
    }

    public static Article assemble(Document doc) {
        CreditParser credits = new CreditParser(doc.lexicon());
        List<Block> blocks = new ArrayList<>(doc.size());
        List<String> body = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Set<String> photoCredits = new LinkedHashSet<>();
        Set<String> authors = new LinkedHashSet<>();
        String title = null;
        String lead = null;
        List<DateClaim> dateClaims = new ArrayList<>(doc.head().dates());
        doc.page().url().flatMap(UrlDate::day).ifPresent(d -> dateClaims.add(new DateClaim(DateSource.URL, d, "")));
        for (int i = 0; i < doc.size(); i++) {
            Verdict v = doc.verdict(i);
            if (v == null) {
                v = new Verdict(Label.BOILERPLATE, "unclassified", "no rule or step recognised it");
            }
            String text = doc.text(i);
            blocks.add(new Block(i, text, v.label(), v.rule(), v.evidence()));
            switch (v.label()) {
                case BODY -> body.add(text);
                case TITLE -> title = title == null ? text : title;
                case LEAD -> lead = lead == null ? text : lead;
                case CAPTION -> {
                    captions.add(text);
                    Captions.credit(doc.lexicon(), text).ifPresent(photoCredits::add);
                }
                case CREDIT -> photoCredits.add(Captions.creditText(doc.lexicon(), text));
                case BYLINE -> Bylines.people(doc.lexicon(), credits, text).forEach(authors::add);
                default -> { }
            }
        }
        HeaderDate.find(doc).ifPresent(dateClaims::add);
        HeadMetadata head = doc.head();
        String country = head.region() != null ? head.region()
                : doc.page().url().map(URI::getHost).flatMap(SiteCountry::fromHost).orElse(null);
        ArticleDates dates = ArticleDates.choose(dateClaims, country);
        return new Article(HeadOrText.title(head, title), body, HeadOrText.language(head, doc.language()),
                dates.published(), dates.modified(), dates.evidence(), HeadOrText.authors(Bylines.headPeople(doc.lexicon(), credits, head.authors()), List.copyOf(authors)),
                HeadOrText.publisher(head, Publisher.find(doc, credits)), HeadOrText.siteName(head, SiteName.find(doc)),
                HeadOrText.section(head, Sections.find(doc, title)), lead, captions, List.copyOf(photoCredits), blocks,
                doc.warnings());
    }
}
