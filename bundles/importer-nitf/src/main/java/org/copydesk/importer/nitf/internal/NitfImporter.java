package org.copydesk.importer.nitf.internal;

import java.util.List;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.stage.ImporterProperties;
import org.copydesk.formats.EntityCollector;
import org.copydesk.formats.NitfDocument;
import org.copydesk.formats.NitfReader;
import org.copydesk.formats.SafeXml;
import org.osgi.service.component.annotations.Component;

/**
 * Reads a NITF document (ours or an agency's): headline, byline, abstract, body paragraphs, issue
 * date and the entities marked inline. {@code .xml} is shared with other formats, so it looks at the root.
 */
@Component(name = "org.copydesk.importer.nitf", service = Importer.class)
@ImporterProperties(format = "nitf", extensions = {"nitf", "xml"}, mediaTypes = {"application/nitf+xml"})
public final class NitfImporter implements Importer {
    static final String FORMAT = "nitf";

    @Override
    public boolean accepts(ImportSource source) {
        QName root = SafeXml.root(source.content());
        return root != null && FORMAT.equals(root.getLocalPart());
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        XMLStreamReader r = SafeXml.open(source.content());
        try {
            if (!FORMAT.equals(r.getLocalName())) {
                throw new ImportException("the root element is <" + r.getLocalName() + ">, not <nitf>");
            }
            EntityCollector entities = new EntityCollector();
            NitfDocument doc = NitfReader.read(r, entities);
            if (doc.isEmpty()) {
                throw new ImportException("the NITF document has no headline and no body");
            }
            return List.of(doc.toArticle(entities).source(source.source(FORMAT, 0)).meta("doc-id", doc.docId()).build());
        } catch (XMLStreamException e) {
            throw SafeXml.failure(e);
        }
    }
}
