package org.copydesk.formats.testkit;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

/** Validates XML output against a shared XSD (its imports resolved beside it, on disk only). */
public final class XsdValidator {
    private final Schema schema;

    public XsdValidator(Path xsd) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        schema = f.newSchema(xsd.toFile());
    }

    /** Throws with the validator's message (line and column) when {@code xml} is invalid. */
    public void validate(byte[] xml) throws Exception {
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
