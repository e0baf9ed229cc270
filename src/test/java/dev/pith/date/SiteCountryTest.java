package dev.pith.date;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteCountryTest {

    @Test
    void theDeclaredRegionComesFirst() {
        assertEquals(Optional.of("US"), SiteCountry.of("en-US", URI.create("https://example.it/")));
        assertEquals(Optional.of("CA"), SiteCountry.of("fr_CA", null));
    }

    @Test
    void elseTheCountryDomain() {
        assertEquals(Optional.of("IT"), SiteCountry.of("it", URI.create("https://www.example.it/a")));
        assertEquals(Optional.of("GB"), SiteCountry.fromHost("www.example.co.uk"));
    }

    @Test
    void genericAndMissingDomainsSayNothing() {
        assertEquals(Optional.empty(), SiteCountry.of(null, URI.create("https://example.com/")));
        assertEquals(Optional.empty(), SiteCountry.fromHost("startup.io"));
        assertEquals(Optional.empty(), SiteCountry.of("en", null));
        assertEquals(Optional.empty(), SiteCountry.fromHost(null));
    }
}
