package dev.pith.meta;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.regex.Pattern;

/**
 * The site's name from its banner line. Banners often pair the name with a tagline ("Example.com - The
 * news you need"); the part that looks like a domain, else the first part, is the name.
 */
final class SiteName {

    private static final Pattern PARTS = Pattern.compile("\\s+[-–—|:·]\\s+");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");

    private SiteName() {
    }

    static String find(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.is(i, Label.SITE_NAME)) {
                return fromBanner(doc.text(i));
            }
        }
        return null;
    }

    static String fromBanner(String banner) {
        String[] parts = PARTS.split(banner.strip());
        for (String p : parts) {
            if (DOMAIN.matcher(p.strip()).matches()) {
                return p.strip();
            }
        }
        return parts[0].strip();
    }
}
