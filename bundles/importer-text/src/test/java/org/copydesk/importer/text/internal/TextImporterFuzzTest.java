package org.copydesk.importer.text.internal;

import org.copydesk.api.stage.ImportSource;
import org.copydesk.formats.testkit.ImporterContract;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a .txt file: articles or one clear ImportException (docs/import.md, fuzzing). */
class TextImporterFuzzTest {
    private static final TextImporter IMPORTER = TextImporters.defaults();

    @FuzzTest(maxDuration = "5s")
    void read(byte[] input) {
        ImporterContract.readsOrRefuses(IMPORTER, new ImportSource("fuzz.txt", input, null));
    }
}
