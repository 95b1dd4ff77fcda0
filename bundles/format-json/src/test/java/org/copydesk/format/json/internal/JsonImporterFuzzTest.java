package org.copydesk.format.json.internal;

import org.copydesk.api.stage.ImportSource;
import org.copydesk.formats.testkit.ImporterContract;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a .json file: articles or one clear ImportException (docs/import.md, fuzzing). */
class JsonImporterFuzzTest {
    private static final JsonImporter IMPORTER = new JsonImporter();

    @FuzzTest(maxDuration = "5s")
    void read(byte[] input) {
        ImporterContract.readsOrRefuses(IMPORTER, new ImportSource("fuzz.json", input, null));
    }
}
