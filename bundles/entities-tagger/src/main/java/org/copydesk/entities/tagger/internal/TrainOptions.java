package org.copydesk.entities.tagger.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options of {@code copydesk entities-train}, parsed; a bad option is an IllegalArgumentException saying why. */
record TrainOptions(List<Path> train, List<Path> dev, Path out, int epochs, int shuffles, String name, boolean help) {
    static final String USAGE = """
            usage: copydesk entities-train --train FILE... [--dev FILE...] --out MODEL.jar [--epochs N] [--shuffles N]
                                   [--name NAME]
              --train   training data: CoNLL files (.conll, .iob, .bio, .tsv or recognised by their lines: 2 or 4 columns,
                        IOB1, BIO or BILOU tags, -DOCSTART- lines) and Copydesk article JSON whose entities an
                        editor corrected; folders too
              --dev     held-out data of the same kinds: the best epoch on it is kept, and its scores are printed
              --out     the model bundle to write: drop it into deploy/ (trusted by the desk) or run with
                        copydesk --entities-model MODEL.jar process ...
              --epochs  passes over the training data (default 20)
              --shuffles
                        models trained on differently shuffled sentences, averaged into one: steadier on
                        unseen text, N times the training time (default 1; the bundled model uses 3)
              --name    the model's name: bundle org.copydesk.model.entities.NAME (default: the desk's name)""";

    static TrainOptions parse(String[] args, String desk) {
        List<Path> train = new ArrayList<>();
        List<Path> dev = new ArrayList<>();
        Path out = null;
        int epochs = 20;
        int shuffles = 1;
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
                    epochs = number(value(args, ++i, a), a, 1000);
                    into = null;
                }
                case "--shuffles" -> {
                    shuffles = number(value(args, ++i, a), a, 10);
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
        return new TrainOptions(List.copyOf(train), List.copyOf(dev), out, epochs, shuffles, name, help);
    }

    private static int number(String v, String option, int max) {
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > max) {
            throw new IllegalArgumentException(option + " '" + v + "' is not a number from 1 to " + max);
        }
        return n;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
