package org.copydesk.importer.feed.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Source;
import org.copydesk.api.parallel.Pieces;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.stage.ImporterProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Reads an RSS or Atom feed into one article per item. Item HTML goes through the HTML importer
 * service (found by its format property), so feeds and pages share one extraction.
 */
@Component(name = FeedImporter.PID, service = Importer.class)
@ImporterProperties(format = FeedImporter.FORMAT, extensions = {"rss", "atom", "xml"},
        mediaTypes = {"application/rss+xml", "application/atom+xml"})
@Designate(ocd = FeedImporter.Config.class)
public class FeedImporter implements Importer {
    static final String PID = "org.copydesk.importer.feed";
    /** From this many items a feed's items are extracted on all cores (an item is a whole page's work). */
    private static final int PARALLEL_FROM = 64;
    static final String FORMAT = "feed";

    @ObjectClassDefinition(name = "Copydesk feed importer")
    @interface Config {
        @AttributeDefinition(description = "Most items read from one feed: the first ones, which feeds list newest"
                + " first; a warning names the feed and how many items were left out")
        int maxItems() default 1000;
    }

    private final Importer html;
    private final Logger log;
    private final int maxItems;

    @Activate
    public FeedImporter(@Reference(target = "(" + Importer.FORMAT + "=html)") Importer html,
            @Reference(service = LoggerFactory.class) Logger log, Config config) {
        this.html = html;
        this.log = log;
        this.maxItems = config.maxItems();
    }

    @Override
    public boolean accepts(ImportSource source) {
        return !"xml".equals(source.extension()) || FeedSniffer.isFeed(source.content());
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        SyndFeed feed = parse(source);
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new ImportException("the feed has no items");
        }
        if (entries.size() > maxItems) {
            log.warn(String.format("%s: read the first %,d of its %,d items, the limit (maxItems of %s; raise it in"
                    + " the desk's %s.config)", source.fileName(), maxItems, entries.size(), PID, PID));
        }
        Source whole = source.source(FORMAT, 0); // one hash of the feed for all its items
        // the feed's own fields read once, here: ROME fills some of them in lazily, which two threads must not race on
        Channel channel = new Channel(feed.getLanguage(), feed.getTitle(), feed.getLink());
        int n = Math.min(entries.size(), maxItems);
        // a long feed's items are extracted on all cores; each item touches only its own entry
        return Pieces.map(n, PARALLEL_FROM, i -> item(source, whole, channel, entries.get(i), i + 1));
    }

    /** What every item of a feed shares. */
    private record Channel(String language, String title, String link) {
    }

    private static SyndFeed parse(ImportSource source) throws ImportException {
        if (source.content().length == 0) {
            throw new ImportException("empty file: no feed to read");
        }
        WireFeedInput input = new BoundedFeedInput();
        // no DTDs, so no external entities and no entity expansion bombs
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(source.content()), true)) {
            return new SyndFeedImpl(input.build(reader));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new ImportException("not a readable RSS or Atom feed: " + reason(e), e);
        }
    }

    /** ROME's message in a reader's words: without the parser's prefixes, and the unknown root explained. */
    private static String reason(Exception e) {
        String m = oneLine(e.getMessage()).replaceFirst("^(Invalid XML: )?(Error in building: )?", "").replaceFirst("^Error on line (\\d+): ", "line $1: ");
        return m.equals("Invalid document") ? "its root element is not <rss>, <feed> or <rdf:RDF>" : m;
    }

    private Article item(ImportSource source, Source whole, Channel feed, SyndEntry entry, int index) {
        FeedItem item = FeedItem.of(entry);
        Article.Builder b = body(source, whole, item, index);
        b.headline(item.title())
                .url(item.link())
                .byline(item.author())
                .published(date(item.published()))
                .language(feed.language())
                .source(new Source(whole.file(), FORMAT, whole.sha256(), index));
        if (feed.title() != null) {
            b.meta("feed", feed.title().strip());
        }
        if (feed.link() != null) {
            b.meta("feedLink", feed.link());
        }
        return b.build();
    }

    /** The item's body, removals included, as the HTML importer extracts it; empty when the item has no text. */
    private Article.Builder body(ImportSource source, Source whole, FeedItem item, int index) {
        if (item.html().isBlank()) {
            return Article.builder();
        }
        byte[] page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + item.html()
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        // known by the feed's hash: the item's source is the feed's, so its fragment is never hashed
        ImportSource fragment = new ImportSource(source.baseName() + "-" + index + ".html", page, "text/html", whole.sha256());
        try {
            Article a = html.read(fragment).get(0);
            return Article.builder().body(a.body()).removed(a.removed());
        } catch (ImportException e) {
            // an item of only markup or whitespace: the headline alone is the article
            return Article.builder();
        }
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
