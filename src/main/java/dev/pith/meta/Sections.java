package dev.pith.meta;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.rules.BreadcrumbRule.Breadcrumb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The section trail: a breadcrumb's parts without its "You are here:" label and without its last part
 * when that is the headline; else a section kicker above the headline.
 */
final class Sections {

    private Sections() {
    }

    static List<String> find(Document doc, String title) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.is(i, Label.BREADCRUMB)) {
                Optional<Breadcrumb> crumb = Breadcrumb.parse(doc.text(i), doc.lexicon());
                if (crumb.isPresent()) {
                    List<String> parts = new ArrayList<>(crumb.get().parts());
                    if (title != null && parts.get(parts.size() - 1).equals(title)) {
                        parts.remove(parts.size() - 1);
                    }
                    return parts;
                }
            }
        }
        for (int i = 0; i < doc.size(); i++) {
            if (doc.is(i, Label.SECTION)) {
                return List.of(doc.text(i));
            }
        }
        return List.of();
    }
}
