package org.copydesk.workbench.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.model.Removal;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.ProcessContext;

/**
 * "Run stages again": the desk's pipeline over an edited article, so names and dates typed since
 * the import are tagged and the timeline follows the text and the publication date. What the editor
 * decided stays: the body is the editor's (the run keeps every block the strip stage would take out,
 * and the removed list stays as the editor left it), entities and timeline are merged with the
 * editor's by {@link Decisions}.
 */
final class StageRerun implements UnaryOperator<Article> {
    private final Pipeline pipeline;
    private final String desk;

    StageRerun(Pipeline pipeline, String desk) {
        this.pipeline = pipeline;
        this.desk = desk;
    }

    @Override
    public Article apply(Article a) {
        // the text as the editor has it, with nothing found in it yet and no timeline to keep
        Article probe = a.toBuilder().removed(List.of()).entities(List.of()).times(List.of()).timeline(List.of())
                .meta(Article.TIMELINE_EDITED, null).meta(Decisions.REJECTED, null).meta(Decisions.CORRECTIONS, null).build();
        Set<String> keep = new HashSet<>();
        a.removed().stream().map(Removal::reason).forEach(keep::add);
        Article run = run(probe, keep);
        if (!run.removed().isEmpty()) {
            // the strip stage took out blocks of a reason not seen yet: run again keeping those too
            run.removed().stream().map(Removal::reason).forEach(keep::add);
            run = run(probe, keep);
        }
        if (!run.body().equals(a.body())) {
            throw new IllegalStateException("a stage of this desk changes the text itself, so running the stages again "
                    + "would change what the editor wrote; nothing was changed");
        }
        boolean edited = Boolean.parseBoolean(a.metadata().getOrDefault(Article.TIMELINE_EDITED, "false"));
        List<Provenance> provenance = new ArrayList<>();
        a.provenance().stream().filter(p -> p.stage().equals("import")).forEach(provenance::add);
        provenance.addAll(run.provenance().subList(Math.min(probe.provenance().size(), run.provenance().size()), run.provenance().size()));
        Decisions.Merged entities = Decisions.entities(a.entities(), run.entities(), Decisions.rejected(a));
        List<org.copydesk.api.model.TimelineEntry> built = run.timeline().stream().map(entities::renamed).toList();
        return a.toBuilder()
                .entities(entities.entities())
                .times(run.times())
                .timeline(edited ? Decisions.timeline(a, built) : built)
                .provenance(provenance)
                .build();
    }

    private Article run(Article probe, Set<String> keep) {
        return pipeline.process(probe, new ProcessContext(desk, null, keep, Map.of()));
    }
}
