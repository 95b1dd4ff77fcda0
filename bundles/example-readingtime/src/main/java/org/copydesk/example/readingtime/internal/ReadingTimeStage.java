package org.copydesk.example.readingtime.internal;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.Stage;
import org.copydesk.api.stage.StageProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * An extra pipeline stage: counts the words of the kept body and records the reading time in the
 * article's metadata. Order 450 puts it after the timeline (400), so it counts what survived stripping.
 */
@Component(name = "org.copydesk.example.readingtime", service = Stage.class)
@StageProperties(name = "reading-time", order = 450)
@Designate(ocd = ReadingTimeConfig.class)
public final class ReadingTimeStage implements Stage {
    private volatile int wordsPerMinute = 230;

    @Activate
    @Modified
    void configure(ReadingTimeConfig config) {
        wordsPerMinute = Math.max(1, config.wordsPerMinute());
    }

    @Override
    public Article process(Article article, ProcessContext context) {
        int words = 0;
        for (String p : article.body()) {
            words += count(p);
        }
        int minutes = Math.max(1, (int) Math.ceil(words / (double) wordsPerMinute));
        return article.toBuilder().meta("wordCount", Integer.toString(words))
                .meta("readingMinutes", Integer.toString(minutes)).build();
    }

    static int count(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }
}
