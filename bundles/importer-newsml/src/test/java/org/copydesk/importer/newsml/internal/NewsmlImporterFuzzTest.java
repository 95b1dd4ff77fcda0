package org.copydesk.importer.newsml.internal;

import org.copydesk.api.stage.ImportSource;
import org.copydesk.formats.testkit.ImporterContract;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a .xml file: articles or one clear ImportException (docs/import.md, fuzzing). */
class NewsmlImporterFuzzTest {
    private static final NewsmlImporter IMPORTER = new NewsmlImporter();

    @FuzzTest(maxDuration = "5s")
    void read(byte[] input) {
        ImporterContract.readsOrRefuses(IMPORTER, new ImportSource("fuzz.xml", input, null));
    }
}
