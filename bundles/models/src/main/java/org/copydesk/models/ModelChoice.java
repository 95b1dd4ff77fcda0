package org.copydesk.models;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How a stage picks its model among the model bundles a runtime has: the newest of its kind that
 * reads and fits the stage serves; one that does not is refused with one line, said once however
 * often the set of bundles changes.
 *
 * @param <M> the stage's model
 */
public final class ModelChoice<M> {
    /** Reads a model file; {@code who} names it in what the reader says. */
    @FunctionalInterface
    public interface Reader<M> {
        M read(InputStream in, String who) throws IOException;
    }

    private final String kind;
    private final String what;
    private final Reader<M> reader;
    private final Function<M, String> mismatch;
    private final String trainCommand;
    private final BiConsumer<String, String> refusal;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    /**
     * @param kind the {@code Copydesk-Model} kind the stage reads
     * @param what the kind in a reader's words ("a strip model")
     * @param mismatch why a model that was read does not fit the stage, or null when it does
     * @param trainCommand the command that trains a model that fits, named in refusals
     * @param refusal told who is refused and why, once for each
     */
    public ModelChoice(String kind, String what, Reader<M> reader, Function<M, String> mismatch, String trainCommand,
                       BiConsumer<String, String> refusal) {
        this.kind = kind;
        this.what = what;
        this.reader = reader;
        this.mismatch = mismatch;
        this.trainCommand = trainCommand;
        this.refusal = refusal;
    }

    /** The model of the first bundle of {@code newestFirst} that fits, or null. */
    public M first(List<ModelBundle> newestFirst) {
        for (ModelBundle b : newestFirst) {
            M m = load(b);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The bundle's model, or null (said once) when it is of another kind, unreadable or does not fit. */
    public M load(ModelBundle b) {
        String who = b + " (" + b.location() + ")";
        if (!b.kind().equals(kind)) {
            return refuse(who, "it is a model of kind '" + b.kind() + "', not " + what);
        }
        try (InputStream in = b.openModel()) {
            return fit(reader.read(in, b.toString()), who);
        } catch (IOException | RuntimeException e) {
            return refuse(who, e.getMessage());
        }
    }

    /** {@code m} when it fits the stage, else null (said once). */
    public M fit(M m, String who) {
        String why = mismatch.apply(m);
        return why == null ? m : refuse(who, why + "; train it again with this Copydesk (" + trainCommand + ")");
    }

    /** Says once that {@code who} is refused and why; returns null, what the caller goes on with. */
    public M refuse(String who, String why) {
        if (refused.add(who + ": " + why)) {
            refusal.accept(who, why);
        }
        return null;
    }
}
