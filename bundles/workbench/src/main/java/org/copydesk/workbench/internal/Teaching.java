package org.copydesk.workbench.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.copydesk.api.stage.RemovalFeedback;
import org.copydesk.api.stage.RemovalFeedback.Judgement;

/**
 * Tells the strip stage what editors decided, through every {@link RemovalFeedback} service: each
 * version that restored blocks (label {@value RemovalFeedback#KEEP}) or removed paragraphs by hand
 * (label = the reason) gives one decision per paragraph, read from the difference between the
 * version before and after, so every way of making that edit counts alike (a restore, Restore all, a
 * view's edit through {@code Workspace.edit}). An undo withdraws the decisions of the version it
 * leaves and a redo makes them again. A decision that cannot be kept is reported; the edit stands.
 */
final class Teaching {
    private final Supplier<List<RemovalFeedback>> services;
    private final Consumer<String> warn;

    Teaching(Supplier<List<RemovalFeedback>> services, Consumer<String> warn) {
        this.services = services;
        this.warn = warn;
    }

    /** Version {@code entry} of article {@code id} was made (or redone) from {@code before}. */
    void made(String id, History.Entry entry, Article before, Article after) {
        List<Judgement> judged = judgements(id, entry, before, after);
        if (!judged.isEmpty()) {
            tell(id, s -> s.judged(judged));
        }
    }

    /** Version {@code entry}, {@code undone}, was undone back to {@code before}. */
    void undone(String id, History.Entry entry, Article before, Article undone) {
        if (!judgements(id, entry, before, undone).isEmpty()) {
            tell(id, s -> s.withdrawn(key(id, entry), "workbench undo " + id + " " + entry.time()));
        }
    }

    private interface Call {
        void on(RemovalFeedback service) throws IOException;
    }

    private void tell(String id, Call call) {
        for (RemovalFeedback s : services.get()) {
            try {
                call.on(s);
            } catch (IOException | RuntimeException e) {
                warn.accept("the decision in article " + id + " was not kept as a training example: " + e.getMessage());
            }
        }
    }

    /** The editor's decisions between two versions: blocks put back, paragraphs removed by hand. */
    static List<Judgement> judgements(String id, History.Entry entry, Article before, Article after) {
        List<Judgement> out = new ArrayList<>();
        String edit = key(id, entry);
        List<String> was = before.originalBody();
        for (Removal r : missing(before.removed(), after.removed())) {
            if (after.body().contains(r.text())) {
                out.add(new Judgement(was, indexIn(was, r), RemovalFeedback.KEEP, edit, source("restore", r, id, entry)));
            }
        }
        List<String> now = after.originalBody();
        for (Removal r : missing(after.removed(), before.removed())) {
            if (Edits.BY_HAND.equals(r.rule())) {
                out.add(new Judgement(now, indexIn(now, r), r.reason(), edit, source("remove", r, id, entry)));
            }
        }
        return out;
    }

    /** Names the version that made a decision, uniquely: its number and when it was made. */
    static String key(String id, History.Entry entry) {
        return id + " v" + entry.version() + " " + entry.time();
    }

    private static String source(String what, Removal r, String id, History.Entry entry) {
        return "workbench " + what + " " + r.id() + " " + id + " " + entry.time();
    }

    /** The removals of {@code from} that {@code in} does not have (by text, reason and rule: positions move). */
    private static List<Removal> missing(List<Removal> from, List<Removal> in) {
        Map<List<String>, Integer> left = new HashMap<>();
        in.forEach(r -> left.merge(List.of(r.text(), r.reason(), r.rule()), 1, Integer::sum));
        List<Removal> out = new ArrayList<>();
        for (Removal r : from) {
            if (left.merge(List.of(r.text(), r.reason(), r.rule()), -1, Integer::sum) < 0) {
                out.add(r);
            }
        }
        return out;
    }

    /** Where a removal stands in the original body: at its position, as {@link Article#originalBody()} puts it. */
    private static int indexIn(List<String> original, Removal r) {
        int at = Math.min(r.position(), original.size() - 1);
        return original.get(at).equals(r.text()) ? at : original.indexOf(r.text());
    }
}
