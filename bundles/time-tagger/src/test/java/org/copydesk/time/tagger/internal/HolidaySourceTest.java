package org.copydesk.time.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.Logger;

class HolidaySourceTest {
    private static List<TimeExpression> tag(TimeTagger t, String text) {
        Article a = Article.builder().headline(text).published(LocalDate.of(2021, 3, 1)).build();
        return t.process(a, ProcessContext.defaults()).times();
    }

    @Test
    void editedRulePackIsReloadedWithoutRestart(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("holidays.txt");
        Files.writeString(f, "founders day = 02-20\n");
        Logger log = mock(Logger.class);
        TimeTagger t = TimeTaggers.configured(Map.of("holidays", "holidays.txt"), dir, log);
        assertEquals("2021-02-20", tag(t, "Parades marked Founders Day.").get(0).value());
        Files.writeString(f, "founders day = 02-21\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 2000));
        assertEquals("2021-02-21", tag(t, "Parades marked Founders Day.").get(0).value());
        // a broken edit keeps the last good rules
        Files.writeString(f, "founders day 02-22\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 4000));
        assertEquals("2021-02-21", tag(t, "Parades marked Founders Day.").get(0).value());
        verify(log).warn(startsWith("keeping the previous holiday rules: " + f + ": "));
    }

    @Test
    void missingFileFallsBackToTheBuiltInPack(@TempDir Path dir) {
        TimeTagger t = TimeTaggers.configured(Map.of("holidays", "absent.txt"), dir, mock(Logger.class));
        assertEquals("2020-12-25", tag(t, "Sales slumped at Christmas.").get(0).value());
    }

    @Test
    void ruleSyntax() throws IOException {
        Holidays h = Holidays.parse(new StringReader("# comment\nlabor day = 09 MON 1\nmemorial day = 05 MON -1\n"
                + "good friday = easter-2\nelection day = 11 TUE >=2\neid al-fitr = hijri 10-01\n"));
        assertEquals(LocalDate.of(2020, 9, 7), h.startingWith("labor").get(0).rule().in(2020));
        assertEquals(LocalDate.of(2020, 5, 25), h.startingWith("memorial").get(0).rule().in(2020));
        assertEquals(LocalDate.of(2020, 4, 10), h.startingWith("good").get(0).rule().in(2020));
        assertEquals(LocalDate.of(2024, 11, 5), h.startingWith("election").get(0).rule().in(2024));
        assertEquals(LocalDate.of(2020, 5, 24), h.startingWith("eid").get(0).rule().in(2020));
        assertEquals(LocalDate.of(2000, 4, 23), Holidays.easter(2000));
        assertThrows(IOException.class, () -> Holidays.parse(new StringReader("xmas 12-25\n")));
    }
}
