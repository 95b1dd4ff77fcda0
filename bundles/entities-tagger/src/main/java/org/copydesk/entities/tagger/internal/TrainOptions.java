package org.copydesk.entities.tagger.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options of {@code copydesk entities-train}, parsed; a bad option is an IllegalArgumentException saying why. */
record TrainOptions(List<Path> train, List<Path> dev, Path out, int epochs, String name, boolean help) {
    static final String USAGE = """
            usage: copydesk entities-train --train FILE... [--dev FILE...] --out MODEL.jar [--epochs N] [--name NAME]
              --train   training data: CoNLL files (.conll, .iob, .bio, .tsv or recognised by their lines: 2 or 4 columns,
                        IOB1, BIO or BILOU tags, -DOCSTART- lines) and Copydesk article JSON whose entities an
                        editor corrected; folders too
              --dev     held-out data of the same kinds: the best epoch on it is kept, and its scores are printed
              --out     the model bundle to write: drop it into deploy/ (trusted by the desk) or run with
                        copydesk --entities-model MODEL.jar process ...
              --epochs  passes over the training data (default 20)
              --name    the model's name: bundle org.copydesk.model.entities.NAME (default: the desk's name)""";

    static TrainOptions parse(String[] args, String desk) {
        List<Path> train = new ArrayList<>();
        List<Path> dev = new ArrayList<>();
        Path out = null;
        int epochs = 20;
        String name = desk;
        boolean help = false;
        List<Path> into = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "entities-train" -> into = null;
                case "-h", "--help" -> help = true;
                case "--desk" -> value(args, ++i, a); // the launcher has used it already
                case "--train" -> into = train;
                case "--dev" -> into = dev;
                case "--out" -> {
                    out = Path.of(value(args, ++i, a));
                    into = null;
                }
                case "--epochs" -> {
                    String v = value(args, ++i, a);
                    try {
                        epochs = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        epochs = 0;
                    }
                    if (epochs < 1 || epochs > 1000) {
                        throw new IllegalArgumentException("--epochs '" + v + "' is not a number from 1 to 1000");
                    }
                    into = null;
                }
                case "--name" -> {
                    name = value(args, ++i, a);
                    if (!name.matches("[A-Za-z0-9_-]+")) {
                        throw new IllegalArgumentException("--name '" + name + "' may hold only letters, digits, - and _");
                    }
                    into = null;
                }
                default -> {
                    if (a.startsWith("--") || into == null) {
                        throw new IllegalArgumentException(a.startsWith("--") ? "unknown option " + a
                                : "'" + a + "' is neither an option nor a file after --train or --dev");
                    }
                    into.add(Path.of(a));
                }
            }
        }
        if (!help && (train.isEmpty() || out == null)) {
            throw new IllegalArgumentException(train.isEmpty() ? "no --train file given" : "no --out MODEL.jar given");
        }
        return new TrainOptions(List.copyOf(train), List.copyOf(dev), out, epochs, name, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
