package org.copydesk.importer.ninjs.internal;

import java.util.List;
import java.util.Set;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.stage.ImporterProperties;
import org.copydesk.formats.SafeXml;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads IPTC ninjs (3.x, and the headline/body_html fields of 1.x and 2.x). {@code .json} belongs to
 * Copydesk's own article JSON, so this ranks below it and accepts only JSON shaped like ninjs.
 */
@Component(name = "org.copydesk.importer.ninjs", service = Importer.class, property = "service.ranking:Integer=-10")
@ImporterProperties(format = "ninjs", extensions = {"ninjs", "json"}, mediaTypes = {"application/ninjs+json"})
public final class NinjsImporter implements Importer {
    static final String FORMAT = "ninjs";
    /**
     * The top-level properties ninjs 3.1 defines besides "uri", and the 1.x/2.x ones we read: a JSON
     * object with "uri" and one of these is taken for ninjs.
     */
    private static final Set<String> MARKERS = Set.of("type", "representationType", "profile", "version",
            "firstCreated", "versionCreated", "contentCreated", "embargoedUntil", "pubStatus", "urgency",
            "copyrightHolder", "copyrightNotice", "usageTerms", "edNote", "language", "descriptions", "bodies",
            "headlines", "people", "organisations", "places", "subjects", "events", "eventDetails", "plannedCoverage",
            "objects", "infoSources", "title", "by", "slugline", "located", "renditions", "associations", "altIds",
            "trustIndicators", "standard", "genres", "expires", "rightsInfo", "digitalSourceType",
            "headline", "versioncreated", "firstcreated", "body_html", "body_text", "byline", "description_text");

    private final ObjectMapper mapper = JsonLimits.mapper();

    @Override
    public boolean accepts(ImportSource source) {
        try {
            return isNinjs(parse(source));
        } catch (ImportException e) {
            return false;
        }
    }

    /** A top-level "uri" string, one ninjs marker, and no "body" array (Copydesk's article JSON has one). */
    static boolean isNinjs(JsonNode n) {
        if (!n.isObject() || !n.path("uri").isTextual() || n.path("body").isArray()) {
            return false;
        }
        for (String m : MARKERS) {
            if (n.has(m)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode parse(ImportSource source) throws ImportException {
        if (source.content().length > SafeXml.MAX_BYTES) {
            throw new ImportException(String.format("%,d bytes is over the %,d-byte limit of the agency-format importers",
                    source.content().length, SafeXml.MAX_BYTES));
        }
        try {
            return mapper.readTree(source.utf8());
        } catch (StreamConstraintsException e) {
            throw new ImportException("refused: " + JsonLimits.describe(e), e);
        } catch (JsonProcessingException e) {
            throw new ImportException("not JSON: " + e.getOriginalMessage() + JsonLimits.where(e), e);
        }
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        JsonNode n = parse(source);
        if (!isNinjs(n)) {
            throw new ImportException("not a ninjs news object (needs \"uri\" and a ninjs property such as \"version\" or \"headlines\")");
        }
        Article a = NinjsReader.read(n).source(source.source(FORMAT, 0)).build();
        if (a.headline() == null && a.body().isEmpty()) {
            throw new ImportException("the ninjs object has no headline and no text body");
        }
        return List.of(a);
    }
}
