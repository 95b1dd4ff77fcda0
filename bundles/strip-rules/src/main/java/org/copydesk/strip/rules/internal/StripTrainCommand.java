package org.copydesk.strip.rules.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.copydesk.boot.Command;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code copydesk [--desk NAME] strip-train [--examples FILE] [--out FILE] [--threshold T]}: retrains the
 * strip stage's paragraph model with a desk's examples ({@link DeskTraining}). By default it reads
 * {@code config/desks/NAME/strip-examples.jsonl} and writes {@code config/desks/NAME/strip-model.gz}.
 */
@Component(name = "org.copydesk.strip.rules.train", service = Command.class, property = Command.NAME + "=strip-train")
public final class StripTrainCommand implements Command {
    static final String USAGE = "usage: copydesk [--desk NAME] strip-train [--examples FILE] [--out FILE] [--threshold T]";

    private final DeskFiles desk;

    @Activate
    public StripTrainCommand(BundleContext context) {
        this(DeskFiles.of(context));
    }

    StripTrainCommand(DeskFiles desk) {
        this.desk = desk;
    }

    @Override
    public String summary() {
        return "strip-train [--examples FILE] [--out FILE]: retrain the strip model with the desk's examples";
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Path examples = desk.examples();
        Path model = desk.model();
        double threshold = ModelPass.DEFAULT_THRESHOLD;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--desk" -> i++; // the launcher's
                    case "strip-train" -> { }
                    case "--examples" -> examples = Path.of(value(args, ++i));
                    case "--out" -> model = Path.of(value(args, ++i));
                    case "--threshold" -> threshold = Double.parseDouble(value(args, ++i));
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("copydesk strip-train: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        return DeskTraining.run(examples, model, threshold, out, err);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
