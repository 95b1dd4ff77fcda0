package org.copydesk.importer.html.internal;

import org.copydesk.api.stage.ImportSource;
import org.copydesk.formats.testkit.ImporterContract;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a .html file: articles or one clear ImportException (docs/import.md, fuzzing). */
class HtmlImporterFuzzTest {
    private static final HtmlImporter IMPORTER = new HtmlImporter();

    @FuzzTest(maxDuration = "5s")
    void read(byte[] input) {
        ImporterContract.readsOrRefuses(IMPORTER, new ImportSource("fuzz.html", input, null));
    }
}
