package org.copydesk.importer.newsml.internal;

import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Source;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.stage.ImporterProperties;
import org.copydesk.formats.NewsmlG2;
import org.copydesk.formats.SafeXml;
import org.osgi.service.component.annotations.Component;

/**
 * Reads NewsML-G2: a newsItem gives one article, a newsMessage one per text newsItem it carries.
 * {@code .xml} is shared with other formats, so it looks at the root element and its namespace.
 */
@Component(name = "org.copydesk.importer.newsml", service = Importer.class)
@ImporterProperties(format = "newsml", extensions = {"newsml", "xml"},
        mediaTypes = {"application/vnd.iptc.g2.newsitem+xml", "application/vnd.iptc.g2.newsmessage+xml"})
public final class NewsmlImporter implements Importer {
    static final String FORMAT = "newsml";

    @Override
    public boolean accepts(ImportSource source) {
        QName root = SafeXml.root(source.content());
        return root != null && isNewsml(root);
    }

    private static boolean isNewsml(QName root) {
        return NewsmlG2.NS.equals(root.getNamespaceURI())
                && ("newsItem".equals(root.getLocalPart()) || "newsMessage".equals(root.getLocalPart()));
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        XMLStreamReader r = SafeXml.open(source.content());
        if (!isNewsml(r.getName())) {
            throw new ImportException("the root element is " + r.getName()
                    + ", not a NewsML-G2 newsItem or newsMessage");
        }
        List<Article> out = new ArrayList<>();
        Source whole = source.source(FORMAT, 0); // one hash of the input for all its items
        try {
            if ("newsItem".equals(r.getLocalName())) {
                add(out, NewsItemReader.read(r), whole);
            } else {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && "newsItem".equals(r.getLocalName())) {
                        add(out, NewsItemReader.read(r), whole);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.failure(e);
        }
        if (out.isEmpty()) {
            throw new ImportException("no newsItem with a headline or text");
        }
        return out;
    }

    private static void add(List<Article> out, Article.Builder b, Source whole) {
        Article a = b.source(new Source(whole.file(), FORMAT, whole.sha256(), out.size())).build();
        if (a.headline() != null || !a.body().isEmpty()) {
            out.add(a);
        }
    }
}
