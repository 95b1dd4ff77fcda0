package org.copydesk.strip.rules.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.stage.RemovalFeedback;
import org.copydesk.strip.rules.internal.model.DeskExample;
import org.copydesk.strip.rules.internal.model.ExamplesFile;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The editors' decisions as the running desk's training examples: each restore and each manual
 * removal becomes one line of {@code config/desks/NAME/strip-examples.jsonl} (the file
 * {@code copydesk strip-train} reads), with the paragraph's two neighbours on each side, its place
 * and the body's length; an undo appends a line that withdraws them ({@link ExamplesFile}).
 */
@Component(name = "org.copydesk.strip.rules.feedback", service = RemovalFeedback.class)
public final class StripFeedback implements RemovalFeedback {
    /** The longest paragraph kept as an example, and the most of a neighbour kept beside one. */
    static final int MAX_CHARS = 10_000;
    private static final int NEIGHBOURS = 2;

    private final DeskFiles desk;

    @Activate
    public StripFeedback(BundleContext context) {
        this(DeskFiles.of(context));
    }

    StripFeedback(DeskFiles desk) {
        this.desk = desk;
    }

    @Override
    public void judged(List<Judgement> judgements) throws IOException {
        List<DeskExample> examples = new ArrayList<>();
        for (Judgement j : judgements) {
            examples.add(example(j));
        }
        ExamplesFile.append(desk.examples(), examples);
    }

    @Override
    public void withdrawn(String edit, String source) throws IOException {
        ExamplesFile.withdraw(desk.examples(), edit, source);
    }

    static DeskExample example(Judgement j) {
        String text = j.text().strip();
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException(String.format("the paragraph “%s…” is %,d characters long, more than an example may hold "
                    + "(%,d): not kept as an example", text.substring(0, 40), text.length(), MAX_CHARS));
        }
        if (text.isEmpty() || !DeskExample.validLabel(j.label())) {
            throw new IllegalArgumentException("an example needs a paragraph of text and a label of one lower-case word, not '"
                    + j.label() + "'");
        }
        List<String> body = j.body();
        int p = j.paragraph();
        return new DeskExample(text, j.label(), cut(body.subList(Math.max(0, p - NEIGHBOURS), p)),
                cut(body.subList(p + 1, Math.min(body.size(), p + 1 + NEIGHBOURS))), p, body.size(), j.source(), j.edit());
    }

    /** Neighbours as long as an example may be: their start tells enough of them. */
    private static List<String> cut(List<String> paragraphs) {
        return paragraphs.stream().map(s -> s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s).toList();
    }
}
