package dev.pith.head;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    }
}
