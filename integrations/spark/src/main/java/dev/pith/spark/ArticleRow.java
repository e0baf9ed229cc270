package dev.pith.spark;

import dev.pith.Article;

import java.io.Serializable;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the job's output: the archive record it came from and the {@link Article} fields, or the
 * reason the record was skipped. A Java bean, because Spark's bean encoder turns it into a Parquet
 * schema with one column per property (lists become arrays of strings).
 *
 * <p>Mutable, as Spark's encoders need; not for sharing between threads.
 */
public class ArticleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String url;
    private String recordId;
    private String warcDate;
    private String skipReason;
    private String language;
    private String title;
    private String published;
    private String modified;
    private List<String> authors = new ArrayList<>();
    private String publisher;
    private String siteName;
    private List<String> section = new ArrayList<>();
    private String lead;
    private List<String> body = new ArrayList<>();
    private String text;
    private List<String> captions = new ArrayList<>();
    private List<String> credits = new ArrayList<>();
    private List<String> warnings = new ArrayList<>();

    public ArticleRow() {
    }

    /** A row for a cleaned page. */
    static ArticleRow of(String url, String recordId, String warcDate, Article a) {
        ArticleRow r = new ArticleRow();
        r.url = url;
        r.recordId = recordId;
        r.warcDate = warcDate;
        r.language = a.language();
        r.title = a.title();
        r.published = iso(a.published());
        r.modified = iso(a.modified());
        r.authors = new ArrayList<>(a.authors());
        r.publisher = a.publisher();
        r.siteName = a.siteName();
        r.section = new ArrayList<>(a.section());
        r.lead = a.lead();
        r.body = new ArrayList<>(a.body());
        r.text = a.text();
        r.captions = new ArrayList<>(a.captions());
        r.credits = new ArrayList<>(a.credits());
        r.warnings = new ArrayList<>(a.warnings());
        return r;
    }

    /** A row for a record that was not cleaned, saying why. */
    static ArticleRow skipped(String url, String recordId, String warcDate, String reason) {
        ArticleRow r = new ArticleRow();
        r.url = url;
        r.recordId = recordId;
        r.warcDate = warcDate;
        r.skipReason = reason;
        return r;
    }

    /** ISO-8601 with the precision the page gave (a day, a local time, or a time with its offset). */
    private static String iso(Temporal t) {
        return t == null ? null : t.toString(); // java.time's toString is ISO-8601 at the value's own precision
    }

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getRecordId() { return recordId; }
    public void setRecordId(String recordId) { this.recordId = recordId; }
    public String getWarcDate() { return warcDate; }
    public void setWarcDate(String warcDate) { this.warcDate = warcDate; }
    public String getSkipReason() { return skipReason; }
    public void setSkipReason(String skipReason) { this.skipReason = skipReason; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getModified() { return modified; }
    public void setModified(String modified) { this.modified = modified; }
    public List<String> getAuthors() { return authors; }
    public void setAuthors(List<String> authors) { this.authors = authors; }
    public String getPublisher() { return publisher; }
    public void setPublisher(String publisher) { this.publisher = publisher; }
    public String getSiteName() { return siteName; }
    public void setSiteName(String siteName) { this.siteName = siteName; }
    public List<String> getSection() { return section; }
    public void setSection(List<String> section) { this.section = section; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public List<String> getBody() { return body; }
    public void setBody(List<String> body) { this.body = body; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<String> getCaptions() { return captions; }
    public void setCaptions(List<String> captions) { this.captions = captions; }
    public List<String> getCredits() { return credits; }
    public void setCredits(List<String> credits) { this.credits = credits; }
    public List<String> getWarnings() { return warnings; }
    public void setWarnings(List<String> warnings) { this.warnings = warnings; }
}
