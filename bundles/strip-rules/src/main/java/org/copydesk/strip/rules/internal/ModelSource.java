package org.copydesk.strip.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.copydesk.models.ModelBundle;
import org.copydesk.models.ModelChoice;
import org.copydesk.strip.rules.internal.model.ParagraphModel;

/**
 * The paragraph model for the next article, as the desk's {@code model} setting says:
 * <ul>
 *   <li>{@value ModelPass#BUNDLED} (the default): the newest strip model bundle in the runtime that
 *       fits this stage, else the model shipped in this bundle;</li>
 *   <li>a model bundle's symbolic name ({@code org.copydesk.model.strip.NAME}): the newest bundle of
 *       that name that fits, else the shipped model;</li>
 *   <li>{@value ModelPass#NONE}: no model, the rules alone.</li>
 * </ul>
 * Strip model bundles ({@code Copydesk-Model: strip}, as {@code copydesk strip-train} writes them)
 * come and go while the runtime runs: {@link #deployed} is told each time (the stage's
 * {@code ModelTracker}), so a new one serves the next article and, when it goes, the next in line or
 * the shipped model takes over. A model that does not fit (not a paragraph model, another feature
 * set, another kind of model) is refused with one line, once.
 */
final class ModelSource {
    private final String setting;
    /** The kind of model ({@code Copydesk-Model}) of a bundle in the runtime by symbolic name, or null. */
    private final Function<String, String> kindOf;
    private final ModelChoice<ParagraphModel> choice;
    private volatile ParagraphModel deployed;

    ModelSource(String setting, Consumer<String> warn, Function<String, String> kindOf) {
        this.setting = setting == null || setting.isBlank() ? ModelPass.BUNDLED : setting.strip();
        this.kindOf = kindOf;
        this.choice = new ModelChoice<>(StripTrainCommand.KIND, "a strip model", ParagraphModel::read, ParagraphModel::mismatch,
                "copydesk strip-train", (who, why) -> warn.accept("refused " + who + ": " + why));
    }

    /** The model to use for the next article; null for rules only. */
    ParagraphModel current() {
        if (setting.equals(ModelPass.NONE)) {
            return null;
        }
        ParagraphModel d = deployed;
        return d != null ? d : Shipped.MODEL;
    }

    /** The strip model bundles the runtime has now, newest first: the first that fits (and is selected) serves. */
    synchronized void deployed(List<ModelBundle> newestFirst) {
        if (setting.equals(ModelPass.BUNDLED) || setting.equals(ModelPass.NONE)) {
            deployed = choice.first(newestFirst);
            return;
        }
        ParagraphModel chosen = choice.first(newestFirst.stream().filter(b -> b.symbolicName().equals(setting)).toList());
        if (chosen == null) {
            String kind = kindOf.apply(setting);
            choice.refuse("model bundle " + setting, kind != null && !kind.equals(StripTrainCommand.KIND)
                    ? "it is a model of kind '" + kind + "', not a strip model; the shipped model serves"
                    : "the desk's setting names it, but no strip model bundle of that name is in the runtime (is it in deploy/"
                    + " and on the desk's trust list?); the shipped model serves");
        }
        deployed = chosen;
    }

    /** The model shipped in this bundle (trained at build time), read once. */
    static ParagraphModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final ParagraphModel MODEL = read();

        private static ParagraphModel read() {
            try (InputStream in = ModelSource.class.getClassLoader().getResourceAsStream(ModelPass.RESOURCE)) {
                if (in == null) {
                    throw new IOException("the bundle has no " + ModelPass.RESOURCE);
                }
                return ParagraphModel.read(in, ModelPass.RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
