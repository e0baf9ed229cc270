package dev.pith.pipeline;

import dev.pith.date.DateFinder;
import dev.pith.date.SiteCountry;
import dev.pith.doc.Document;

import java.net.URI;
import java.util.Optional;

/**
 * Decides how a page's ambiguous numeric dates are read: is "11/02/2024" the 11th of February (most of
 * the world) or the 2nd of November (the United States)? In order of trust: another date on the page
 * that can only be read one way; a country domain; text in a language other than English, which
 * tells the site is not American; and only then the American reading for an all-English page.
 */
final class DateOrder {

    private static final int MAX_ASKED = 40;
    private static final int MIN_LETTERS = 30;

    private DateOrder() {
    }

    static boolean dayFirst(Document doc) {
        int evidence = 0;
        boolean nonEnglish = false;
        int asked = 0;
        for (int i = 0; i < doc.size(); i++) {
            evidence += DateFinder.orderEvidence(doc.text(i));
            // The language of the page's longer blocks is enough to tell; detecting them all costs.
            if (!nonEnglish && asked < MAX_ASKED && doc.stats(i).letters() >= MIN_LETTERS) {
                asked++;
                nonEnglish = doc.language(i).isKnown() && !doc.language(i).tag().equals("en");
            }
        }
        if (evidence != 0) {
            return evidence > 0;
        }
        Optional<String> country = doc.page().url().map(URI::getHost).flatMap(SiteCountry::fromHost);
        if (country.isPresent()) {
            return !country.get().equals("US");
        }
        return nonEnglish;
    }

}
