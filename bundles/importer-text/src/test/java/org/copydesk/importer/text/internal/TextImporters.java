package org.copydesk.importer.text.internal;

import java.util.Map;

import org.osgi.util.converter.Converters;

/** Text importers configured as DS would configure them. */
final class TextImporters {
    private TextImporters() {
    }

    static TextImporter of(Map<String, Object> properties) {
        return new TextImporter(Converters.standardConverter().convert(properties).to(TextImporter.Config.class));
    }

    static TextImporter defaults() {
        return of(Map.of());
    }
}
