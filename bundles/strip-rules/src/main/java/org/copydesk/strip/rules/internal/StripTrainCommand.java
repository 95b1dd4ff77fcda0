package org.copydesk.strip.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.boot.Command;
import org.copydesk.models.DeskTrustList;
import org.copydesk.models.ModelDeployment;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code copydesk [--desk NAME] strip-train [--examples FILE] [--out MODEL.jar] [--name NAME] [--threshold T]}:
 * retrains the strip stage's paragraph model with a desk's examples ({@link DeskTraining}) into a
 * strip model bundle. By default it reads {@code config/desks/NAME/strip-examples.jsonl} and deploys
 * the bundle to the desk as the entity training view does: its entry goes onto the desk's trust list,
 * then the jar into {@code deploy/strip-model-NAME.jar}, where the strip stage takes it up for the
 * next article, without a restart. With {@code --out} it only writes the jar and says how to deploy it.
 */
@Component(name = "org.copydesk.strip.rules.train", service = Command.class, property = Command.NAME + "=strip-train")
public final class StripTrainCommand implements Command {
    /** The kind of model ({@code Copydesk-Model}) the strip stage uses. */
    static final String KIND = "strip";
    static final String USAGE = "usage: copydesk [--desk NAME] strip-train [--examples FILE] [--out MODEL.jar] [--name NAME] [--threshold T]";
    private static final long TRUST_WAIT_MS = 10_000;

    private final DeskFiles desk;
    private final Path deploy;
    private final ModelDeployment.TrustApplied trust;

    @Activate
    public StripTrainCommand(BundleContext context, @Reference ConfigurationAdmin configs) {
        this(DeskFiles.of(context), deployFolder(context), entry -> DeskTrustList.applied(configs, entry, TRUST_WAIT_MS));
    }

    StripTrainCommand(DeskFiles desk, Path deploy, ModelDeployment.TrustApplied trust) {
        this.desk = desk;
        this.deploy = deploy;
        this.trust = trust;
    }

    private static Path deployFolder(BundleContext context) {
        String d = context.getProperty("copydesk.deploy");
        return d != null ? Path.of(d) : DeskFiles.of(context).home().resolve("deploy");
    }

    @Override
    public String summary() {
        return "strip-train [--examples FILE] [--out MODEL.jar]: retrain the strip model with the desk's examples and deploy it";
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Path examples = desk.examples();
        Path jar = null;
        String name = desk.safeName();
        double threshold = ModelPass.DEFAULT_THRESHOLD;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--desk" -> i++; // the launcher's
                    case "strip-train" -> { }
                    case "--examples" -> examples = Path.of(value(args, ++i));
                    case "--out" -> jar = Path.of(value(args, ++i));
                    case "--name" -> name = value(args, ++i);
                    case "--threshold" -> threshold = Double.parseDouble(value(args, ++i));
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
            if (!name.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("--name takes letters, digits, '-' and '_', not '" + name + "'");
            }
        } catch (IllegalArgumentException e) {
            err.println("copydesk strip-train: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        String bsn = "org.copydesk.model.strip." + name;
        if (jar != null) {
            int status = DeskTraining.run(examples, jar, bsn, threshold, out, err);
            if (status == 0) {
                out.printf("  to use it on a desk, add \"%s\" to allowed in config/desks/%s/org.copydesk.trust.config and copy it"
                        + " into deploy/%n", entry(jar), desk.desk());
            }
            return status;
        }
        return trainAndDeploy(examples, bsn, threshold, out, err);
    }

    /** Trains into a scratch jar beside deploy/ (FileInstall ignores it), then trusts and deploys it. */
    private int trainAndDeploy(Path examples, String bsn, double threshold, PrintStream out, PrintStream err) {
        Path scratch;
        try {
            Files.createDirectories(deploy);
            scratch = Files.createTempFile(deploy, ".strip-model-", ".part");
        } catch (IOException e) {
            err.println("copydesk strip-train: cannot write in the deploy folder " + deploy + " (" + e.getMessage() + ")");
            return 2;
        }
        try {
            int status = DeskTraining.run(examples, scratch, bsn, threshold, out, err);
            if (status != 0) {
                return status;
            }
            Path target = ModelDeployment.deploy(scratch, DeskTrustList.file(desk.home(), desk.desk()), deploy,
                    "strip-model-" + desk.safeName() + ".jar", trust);
            out.printf("  deployed: %s is on the trust list of desk '%s' and in %s; the desk's next article uses it%n",
                    bsn, desk.desk(), target);
            return 0;
        } catch (IOException e) {
            err.println("copydesk strip-train: cannot deploy the model: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("copydesk strip-train: interrupted before the model was deployed");
            return 2;
        } finally {
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException e) {
                err.println("copydesk strip-train: cannot remove the scratch file " + scratch + " (" + e.getMessage() + ")");
            }
        }
    }

    private static String entry(Path jar) {
        try {
            return ModelDeployment.trustEntry(jar);
        } catch (IOException e) {
            return "<symbolic name>;sha256:<sha256 of " + jar + ">";
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
