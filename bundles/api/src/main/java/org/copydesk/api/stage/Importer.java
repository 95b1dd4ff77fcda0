package org.copydesk.api.stage;

import java.util.List;

import org.copydesk.api.model.Article;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads one input into articles (a feed gives several). Register with {@link ImporterProperties}: the
 * pipeline picks an importer by file extension or media type, then asks {@link #accepts} when
 * several claim the same extension (an {@code .xml} file may be RSS, NITF or NewsML-G2).
 */
@ConsumerType
public interface Importer {
    /** Service property: the format name, e.g. {@code html}. */
    String FORMAT = "copydesk.importer.format";
    /** Service property: file extensions without the dot. */
    String EXTENSIONS = "copydesk.importer.extensions";
    /** Service property: media types. */
    String MEDIA_TYPES = "copydesk.importer.mediaTypes";

    /** Whether this importer can read the input; the default trusts the extension. */
    default boolean accepts(ImportSource source) {
        return true;
    }

    /** Never returns an empty list: an input with no article is an {@link ImportException}. */
    List<Article> read(ImportSource source) throws ImportException;
}
