package org.copydesk.time.tagger.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.parallel.Pieces;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.Stage;
import org.copydesk.api.stage.StageProperties;
import org.copydesk.api.stage.TemporalTagger;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@value Stage#TIMES} stage: tags TIMEX3 expressions in the headline, standfirst and body and
 * resolves them against the publication date (the run's override first, then the article's).
 */
@Component(name = "org.copydesk.time.tagger", service = {Stage.class, TemporalTagger.class})
@StageProperties(name = Stage.TIMES, order = 300)
@Designate(ocd = TimesConfig.class)
public final class TimeTagger implements TemporalTagger {
    private final Logger log;
    private volatile HolidaySource holidays;
    private volatile boolean headings;

    @Activate
    public TimeTagger(@Reference(name = "log", service = LoggerFactory.class) Logger log) {
        this.log = log;
    }

    @Activate
    @Modified
    void activate(TimesConfig config, BundleContext context) {
        String home = context.getProperty("copydesk.home");
        configure(config, home == null ? null : Path.of(home, "config", "times"));
    }

    void configure(TimesConfig config, Path configDir) {
        Path file = Path.of(config.holidays());
        if (!file.isAbsolute()) {
            file = configDir == null ? null : configDir.resolve(file);
        }
        holidays = new HolidaySource(file, log);
        headings = config.tagHeadings();
    }

    @Override
    public Article process(Article article, ProcessContext context) {
        return process(article, context, Pieces.PARALLEL_FROM);
    }

    /** As {@link #process(Article, ProcessContext)}, on all cores from {@code parallelFrom} paragraphs. */
    Article process(Article article, ProcessContext context, int parallelFrom) {
        LocalDate published = context != null && context.published() != null ? context.published() : article.published();
        Recognizer r = new Recognizer(holidays.get());
        List<TimeExpression> times = new ArrayList<>();
        if (headings) {
            times.addAll(r.tag(Field.HEADLINE, 0, article.text(Field.HEADLINE, 0), published));
            times.addAll(r.tag(Field.STANDFIRST, 0, article.text(Field.STANDFIRST, 0), published));
        }
        List<String> body = article.body();
        // a long body on all cores: each paragraph is tagged on its own (the recognizer keeps no state
        // between calls), and the results keep paragraph order
        Pieces.map(body.size(), parallelFrom, p -> r.tag(Field.BODY, p, body.get(p), published)).forEach(times::addAll);
        return article.toBuilder().times(times).build();
    }
}
