package dev.pith.date;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The country a site addresses, as an ISO 3166 code: from the region of the locale the page declares
 * ({@code en-US}, {@code fr_CA}), else from the URL's country domain ({@code .it}). It places the
 * site in time zones and tells how its numeric dates are written.
 *
 * <p>Stateless and thread-safe.
 */
public final class SiteCountry {

    /** Country domains sold worldwide as generic names; they say nothing of where a site is. */
    private static final Set<String> GENERIC = Set.of("io", "co", "tv", "me", "fm", "ai", "ly", "gg", "to", "cc", "ws", "la",
            "am", "nu", "so", "sh", "ac", "vc", "gl", "eu", "su");

    private SiteCountry() {
    }

    /**
     * The country, when the page or its URL says.
     *
     * @param declaredLocale a locale tag the page declares ({@code <html lang>}, {@code og:locale}), or null
     * @param url            the page's URL, or null
     */
    public static Optional<String> of(String declaredLocale, URI url) {
        Optional<String> region = region(declaredLocale);
        return region.isPresent() ? region : fromHost(url == null ? null : url.getHost());
    }

    /** The country of a host's country domain ({@code www.corriere.it} gives IT), when it has one. */
    public static Optional<String> fromHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (tld.length() != 2 || GENERIC.contains(tld) || !tld.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.empty();
        }
        return Optional.of(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT));
    }

    private static Optional<String> region(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String[] parts = tag.strip().replace('_', '-').split("-");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 2 && parts[i].chars().allMatch(Character::isLetter)) {
                return Optional.of(parts[i].toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
