package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.Logger;

/** Packs come from the configured folder, are chosen by name and by publisher, and reload when edited. */
class PackReloadTest {
    private static final String NEWS = "The council approved the budget on Tuesday.";
    private static final String PROMO = "Tune in to Radio Example every morning";

    private static String pack(String publishers, String pattern) {
        return "{\"publishers\": [" + publishers + "], \"rules\": [{\"id\": \"tune-in\", \"reason\": \"promo\", "
                + "\"weight\": 3, \"patterns\": [\"" + pattern + "\"]}]}";
    }

    private static void write(Path file, String text, int secondsLater) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }

    private static List<String> removed(RuleStripper s, String url) {
        Article a = Article.builder().url(url).body(List.of(NEWS, PROMO)).build();
        return s.process(a, ProcessContext.defaults()).removed().stream().map(Removal::rule).toList();
    }

    @Test
    void readsTheFolderAndReloadsAnEditedPack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("radio.json");
        write(file, pack("", "^nothing like this$"), 0);
        Logger log = mock(Logger.class);
        RuleStripper s = TestConfig.stripper(TestConfig.config(new String[] {"*"}, new String[0], dir.toString()), log);
        assertEquals(List.of(), removed(s, null));

        write(file, pack("", "^tune in to\\\\b"), 5);
        assertEquals(List.of("radio:tune-in"), removed(s, null));

        write(file, "{ broken", 10);
        assertEquals(List.of("radio:tune-in"), removed(s, null));
        assertEquals(List.of("radio:tune-in"), removed(s, null));
        verify(log, times(1)).warn(startsWith("keeping the previous version of " + file + ": "));
    }

    @Test
    void usesOnlyTheNamedPacksAndThePublishersTheyName(@TempDir Path dir) throws IOException {
        write(dir.resolve("radio.json"), pack("\"example.org\"", "^tune in to\\\\b"), 0);
        RuleStripper all = TestConfig.stripper(TestConfig.config(new String[] {"*"}, new String[0], dir.toString()));
        assertEquals(List.of("radio:tune-in"), removed(all, "https://www.example.org/news/1"));
        assertEquals(List.of(), removed(all, "https://other.example.com/news/1"));
        assertEquals(List.of("radio:tune-in"), removed(all, null));

        RuleStripper none = TestConfig.stripper(TestConfig.config(new String[] {"generic"}, new String[0], dir.toString()));
        assertEquals(List.of(), removed(none, null));
    }

    @Test
    void fillsInTheHomeFolder() {
        assertEquals(Path.of("/opt/copydesk/config/strip"),
                RuleStripper.packsFolder("${copydesk.home}/config/strip", "/opt/copydesk"));
        assertEquals(null, RuleStripper.packsFolder("${copydesk.home}/config/strip", null));
    }
}
