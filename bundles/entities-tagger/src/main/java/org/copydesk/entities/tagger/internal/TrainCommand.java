package org.copydesk.entities.tagger.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.boot.Command;
import org.copydesk.models.ModelJars;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code copydesk entities-train}: trains the tagger on a desk's own data and writes a model bundle
 * (the model, and metadata: feature set, list fingerprint, training-data SHA-256s, dev scores). A
 * training file that cannot be read gets one line and is left out; the others go on.
 */
@Component(name = "org.copydesk.entities.tagger.train", service = Command.class, property = Command.NAME + "=entities-train")
public final class TrainCommand implements Command {
    static final String KIND = "entities";
    private static final long MAX_INPUT_BYTES = 256L << 20;

    private final Pipeline pipeline;
    private final String desk;

    @Activate
    public TrainCommand(@Reference Pipeline pipeline, BundleContext context) {
        this.pipeline = pipeline;
        String d = context.getProperty("copydesk.desk");
        this.desk = d == null ? "default" : d;
    }

    @Override
    public String summary() {
        return "entities-train --train FILE... [--dev FILE...] --out MODEL.jar: train the entity tagger on a desk's data";
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        TrainOptions o;
        try {
            o = TrainOptions.parse(args, desk);
        } catch (IllegalArgumentException e) {
            err.println("copydesk entities-train: " + e.getMessage());
            err.println(TrainOptions.USAGE);
            return 2;
        }
        if (o.help()) {
            out.println(TrainOptions.USAGE);
            return 0;
        }
        List<String> hashes = new ArrayList<>();
        List<LabelledDocument> train = read(o.train(), hashes, err);
        List<LabelledDocument> dev = read(o.dev(), new ArrayList<>(), err);
        if (train.isEmpty()) {
            err.println("copydesk entities-train: no training document could be read");
            return 1;
        }
        long t0 = System.nanoTime();
        Trainer.Result r = Trainer.train(train, dev, o.epochs(), o.shuffles(), out);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("trained on %d tokens in %.0f s; epoch %d kept%n", r.tokens(), seconds, r.epoch());
        if (r.dev() != null) {
            out.print(r.dev().table());
        }
        try {
            ByteArrayOutputStream model = new ByteArrayOutputStream();
            r.model().write(model);
            String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            String bsn = "org.copydesk.model.entities." + o.name();
            ModelJars.write(o.out(), KIND, bsn, new Version(1, 0, 0, when), PerceptronNameFinder.MODEL, model.toByteArray(),
                    metadata(r, o, hashes, when));
            out.printf("wrote %s (%d bytes), bundle %s. To use it on a desk, add \"%s;sha256:%s\" to allowed in"
                    + " config/desks/%s/org.copydesk.trust.config and copy it into deploy/; for one run: copydesk"
                    + " --entities-model %s process ...%n", o.out(), Files.size(o.out()), bsn, bsn, sha256(o.out()), desk,
                    o.out());
            return 0;
        } catch (IOException e) {
            err.println("copydesk entities-train: cannot write " + o.out() + ": " + e.getMessage());
            return 1;
        }
    }

    /** The labelled documents of files and folders; a file that fails gets one line on {@code err}. */
    private List<LabelledDocument> read(List<Path> given, List<String> hashes, PrintStream err) {
        List<LabelledDocument> docs = new ArrayList<>();
        for (Path f : expand(given)) {
            try {
                if (Files.size(f) > MAX_INPUT_BYTES) {
                    throw new IOException("too large (" + Files.size(f) + " bytes; the limit is " + MAX_INPUT_BYTES + ")");
                }
                if (ConllReader.isConll(f)) {
                    docs.addAll(ConllReader.read(f));
                } else {
                    for (Article a : pipeline.read(new ImportSource(f.getFileName().toString(), Files.readAllBytes(f), null))) {
                        docs.add(LabelledDocument.of(f.toString(), a));
                    }
                }
                hashes.add("{\"file\": \"" + json(f.getFileName().toString()) + "\", \"sha256\": \"" + sha256(f) + "\"}");
            } catch (IOException | ImportException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                err.println("copydesk entities-train: " + (why.startsWith(f.toString()) ? why : f + ": " + why) + "; left out");
            }
        }
        return docs;
    }

    private static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    out.add(p);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String metadata(Trainer.Result r, TrainOptions o, List<String> hashes, String when) {
        PerceptronModel.Header h = r.model().header();
        return "{\n  \"kind\": \"" + KIND + "\",\n  \"featureSet\": \"" + h.featureSet() + "\",\n  \"gazetteerFingerprint\": \""
                + h.fingerprint() + "\",\n  \"trained\": \"" + when + "\",\n  \"tokens\": " + r.tokens() + ",\n  \"epochs\": "
                + o.epochs() + ",\n  \"shuffles\": " + o.shuffles() + ",\n  \"epoch\": " + r.epoch()
                + ",\n  \"training\": [" + String.join(", ", hashes)
                + "],\n  \"dev\": " + (r.dev() == null ? "null" : r.dev().json()) + "\n}\n";
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
