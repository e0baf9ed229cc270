package dev.pith.head;

import dev.pith.date.DateClaim;
import dev.pith.date.DateSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadReaderTest {

    private static HeadMetadata read(String html) {
        return HeadReader.read(Jsoup.parse(html));
    }

    @Test
    void jsonLdArticleGivesHeadlineDatesAuthorsAndPublisher() {
        HeadMetadata h = read("<html lang='en-GB'><head><script type='application/ld+json'>"
                + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Storm closes mountain passes\","
                + "\"datePublished\":\"2024-03-14T08:30:00+01:00\",\"dateModified\":\"2024-03-15\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Organization\",\"name\":\"Example News\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"},\"articleSection\":\"Weather\"}]}"
                + "</script><title>Storm closes mountain passes | Example News</title></head><body></body></html>");
        assertEquals("Storm closes mountain passes", h.title());
        assertEquals(OffsetDateTime.of(2024, 3, 14, 8, 30, 0, 0, ZoneOffset.ofHours(1)), h.published());
        assertEquals(LocalDate.of(2024, 3, 15), h.modified());
        assertEquals(List.of("Jane Doe"), h.authors());
        assertEquals("Example News", h.publisher());
        assertEquals("Example News", h.siteName());
        assertEquals(List.of("Weather"), h.section());
        assertEquals("en", h.language());
    }

    @Test
    void openGraphAndMetaTagsWhenThereIsNoJsonLd() {
        HeadMetadata h = read("<html><head><meta property='og:site_name' content='Daily Example'>"
                + "<meta property='article:published_time' content='2023-11-02T10:00:00Z'>"
                + "<meta name='author' content='John Roe'><title>Council approves rail line - Daily Example</title></head></html>");
        assertEquals("Council approves rail line", h.pageTitle());
        assertEquals("Daily Example", h.siteName());
        assertEquals(OffsetDateTime.of(2023, 11, 2, 10, 0, 0, 0, ZoneOffset.UTC), h.published());
        assertEquals(List.of("John Roe"), h.authors());
    }

    @Test
    void brokenOrHostileJsonLdIsIgnored() {
        String deep = "[".repeat(100_000);
        HeadMetadata h = read("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<script type='application/ld+json'>" + deep + "</script><title>Plain title</title></head></html>");
        assertEquals("Plain title", h.pageTitle());
        assertNull(h.title());
        assertNull(h.published());
    }

    @Test
    void siteNameIsCutFromTheTitle() {
        assertEquals("Headline here", HeadReader.titleWithoutSite("Headline here - Site", "Site"));
        assertEquals("A much longer headline part", HeadReader.titleWithoutSite("A much longer headline part | Short", null));
        assertEquals("No separator", HeadReader.titleWithoutSite("No separator", "Site"));
        assertEquals("코로나19 극복 성금 기탁 줄 잇는다", HeadReader.titleWithoutSite("대전일보 모바일 :: 코로나19 극복 성금 기탁 줄 잇는다", null));
        assertEquals("Headline here", HeadReader.titleWithoutSite("Headline here » Site", "Site"));
        assertEquals("Headline here", HeadReader.titleWithoutSite("Site || Headline here", "Site"));
    }

    @Test
    void everyDateSourceOfTheMarkupIsKeptAsAClaim() {
        HeadMetadata h = read("<html><head><script type='application/ld+json'>"
                + "{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2020-06-04T09:27:16+00:00\"}]}</script>"
                + "<link rel='canonical' href='https://example.org/2020/06/04/story/'>"
                + "<meta property='og:image' content='https://example.org/media/2020/06/03/pic.jpg'>"
                + "<meta name='last-modified' content='2020-06-05'></head><body>"
                + "<div class='published'><time datetime='2020-06-04T11:27:16+02:00'>2 hours ago</time></div>"
                + "<aside><time datetime='2019-01-01'>old teaser</time></aside></body></html>");
        List<DateClaim> d = h.dates();
        assertTrue(d.contains(new DateClaim(DateSource.JSON_LD_OTHER, OffsetDateTime.of(2020, 6, 4, 9, 27, 16, 0, ZoneOffset.UTC), "of a WebPage")), d::toString);
        assertTrue(d.contains(new DateClaim(DateSource.URL, LocalDate.of(2020, 6, 4), "of the canonical link")), d::toString);
        assertTrue(d.contains(new DateClaim(DateSource.IMAGE_URL, LocalDate.of(2020, 6, 3), "")), d::toString);
        assertTrue(d.contains(new DateClaim(DateSource.META_MODIFIED, LocalDate.of(2020, 6, 5), "last-modified")), d::toString);
        assertTrue(d.stream().anyMatch(c -> c.source() == DateSource.MARKED_PUBLISHED
                && c.value().equals(OffsetDateTime.of(2020, 6, 4, 11, 27, 16, 0, ZoneOffset.ofHours(2)))), d::toString);
        assertTrue(d.stream().noneMatch(c -> c.day().getYear() == 2019), "an unmarked time outside the article is no claim");
        assertEquals(LocalDate.of(2020, 6, 5), h.modified());
    }

    @Test
    void aDecoratedMachineDateIsStillRead() {
        HeadMetadata h = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"Tue, Sep 15 2020 10:01:41 EDT\"}</script>");
        assertEquals(LocalDate.of(2020, 9, 15), DateClaim.dayOf(h.published()));
    }

    @Test
    void theDeclaredRegionIsKept() {
        assertEquals("CA", read("<html lang='fr-CA'><head></head></html>").region());
        assertNull(read("<html lang='fr'><head></head></html>").region());
    }

    @Test
    void twiceEscapedTitlesAreDecoded() {
        HeadMetadata h = read("<head><meta property='og:title' content='&amp;#8216;The Medium&amp;#8217; costs &amp;#163;5'></head>");
        assertEquals("\u2018The Medium\u2019 costs \u00a35", h.title());
    }

    @Test
    void aMetadataHeadlineLosesItsSectionToo() {
        assertEquals("Storm closes passes", read("<head><meta property='article:section' content='Politics'>"
                + "<meta property='og:title' content='Politics | Storm closes passes'></head>").title());
        assertEquals("Politics", read("<head><meta property='article:section' content='Politics'>"
                + "<meta property='og:title' content='Politics'></head>").title(), "a title that is only the section stays");
    }

    @Test
    void aMetadataHeadlineLosesTheSiteNameOnlyWhenTheSiteIsKnown() {
        assertEquals("Storm closes passes", read("<head><meta property='og:site_name' content='Example News'>"
                + "<meta property='og:title' content='Storm closes passes | Example News'></head>").title());
        assertEquals("Spider-Man - a review", read("<head><meta property='og:title' content='Spider-Man - a review'></head>").title());
    }
}
