package org.copydesk.strip.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.copydesk.strip.rules.internal.model.ParagraphModel;

/**
 * The model a setting names: {@value ModelPass#BUNDLED} (the default), {@value ModelPass#NONE} (rules
 * only) or a model file ({@code ${copydesk.home}} filled in), such as {@code copydesk strip-train}
 * writes. A file is re-read when its modification time or size changes, so a retrained desk model
 * takes effect on the next article without a restart. A file that cannot be read is reported once in
 * one line; the model in use until then (at first, the bundled one) stays.
 */
final class ModelSource {
    private static final System.Logger LOG = System.getLogger("org.copydesk.strip.rules");

    private final Path file;
    private volatile Loaded loaded;

    private record Loaded(ParagraphModel model, Object stamp) {
    }

    private ModelSource(Path file, ParagraphModel initial) {
        this.file = file;
        this.loaded = new Loaded(initial, null);
    }

    static ModelSource of(String setting, String home) {
        String s = setting == null || setting.isBlank() ? ModelPass.BUNDLED : setting.trim();
        if (s.equals(ModelPass.NONE)) {
            return new ModelSource(null, null);
        }
        if (s.equals(ModelPass.BUNDLED)) {
            return new ModelSource(null, bundled());
        }
        ModelSource source = new ModelSource(Path.of(home == null ? s : s.replace("${copydesk.home}", home)), bundled());
        source.current(); // read it now: a bad file shows at once
        return source;
    }

    /** The model to use for the next article; null for rules only. */
    ParagraphModel current() {
        Loaded l = loaded;
        if (file == null) {
            return l.model();
        }
        Object stamp;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            stamp = a.lastModifiedTime().toMillis() + ":" + a.size();
        } catch (IOException e) {
            stamp = "missing";
        }
        if (stamp.equals(l.stamp())) {
            return l.model();
        }
        synchronized (this) {
            if (!stamp.equals(loaded.stamp())) {
                loaded = new Loaded(read(loaded.model()), stamp);
            }
            return loaded.model();
        }
    }

    private ParagraphModel read(ParagraphModel previous) {
        try (InputStream in = Files.newInputStream(file)) {
            return ParagraphModel.read(in, file.toString());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the paragraph model " + file + " (" + e.getMessage()
                    + "): keeping the model in use");
            return previous;
        }
    }

    private static ParagraphModel bundled() {
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
