package org.copydesk.importer.feed.internal;

import org.copydesk.api.stage.ImportSource;
import org.copydesk.formats.testkit.ImporterContract;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes as a .rss file: articles or one clear ImportException (docs/import.md, fuzzing). */
class FeedImporterFuzzTest {
    private static final FeedImporter IMPORTER = FeedImporterTest.importer(1000);

    @FuzzTest(maxDuration = "5s")
    void read(byte[] input) {
        ImporterContract.readsOrRefuses(IMPORTER, new ImportSource("fuzz.rss", input, null));
    }
}
