package org.copydesk.exporter.nitf.internal;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ExporterProperties;
import org.copydesk.formats.NitfWriter;
import org.copydesk.formats.XmlLines;
import org.osgi.service.component.annotations.Component;

/** Writes an article as a NITF 3.6 document: metadata in the head, entities marked inline in the body. */
@Component(name = "org.copydesk.exporter.nitf", service = Exporter.class)
@ExporterProperties(format = "nitf", extension = "nitf.xml", mediaType = "application/nitf+xml")
public final class NitfExporter implements Exporter {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    @Override
    public void write(Article article, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            XmlLines.newline(w);
            NitfWriter.write(w, article, true);
            XmlLines.newline(w);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write NITF: " + e.getMessage(), e);
        }
    }
}
