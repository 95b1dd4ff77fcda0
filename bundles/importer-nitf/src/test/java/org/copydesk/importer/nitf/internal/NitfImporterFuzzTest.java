package org.copydesk.importer.nitf.internal;

import org.copydesk.api.stage.ImportSource;
import org.copydesk.formats.testkit.ImporterContract;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a .xml file: articles or one clear ImportException (docs/import.md, fuzzing). */
class NitfImporterFuzzTest {
    private static final NitfImporter IMPORTER = new NitfImporter();

    @FuzzTest(maxDuration = "5s")
    void read(byte[] input) {
        ImporterContract.readsOrRefuses(IMPORTER, new ImportSource("fuzz.xml", input, null));
    }
}
