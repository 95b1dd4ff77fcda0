package org.copydesk.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.felix.framework.Felix;
import org.copydesk.boot.BootException;
import org.copydesk.boot.Command;
import org.copydesk.boot.DeskPlan;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * One running Copydesk: a Felix framework with a desk's bundles installed by reference (nothing is
 * copied), all installed before any starts, then started level by level: ConfigAdmin (1), the desk's
 * settings (2), everything else (3). Its storage is a fresh temporary folder, removed on close.
 */
public final class CopydeskRuntime implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 60_000;

    private final Framework framework;
    private final Path storage;
    private final DeskPlan plan;

    private Thread onExit;
    private boolean closed;

    private CopydeskRuntime(Framework framework, Path storage, DeskPlan plan) {
        this.framework = framework;
        this.storage = storage;
        this.plan = plan;
    }

    /** Starts the desk's runtime; a bundle that cannot resolve or start fails the start with a message naming it. */
    public static CopydeskRuntime start(Path home, String desk, Map<String, String> extra) throws BootException {
        trace("launcher started");
        DeskPlan plan = DeskPlan.of(home, desk, DeskPlan.extraFeatures(extra.get(DeskPlan.EXTRA_FEATURES)));
        trace("desk planned");
        Path storage;
        Path deploy = home.resolve("deploy").toAbsolutePath();
        try {
            Files.createDirectories(deploy);
            storage = FrameworkStorage.create();
        } catch (IOException e) {
            throw new BootException("cannot create the deploy folder or the framework's storage: " + e.getMessage(), e);
        }
        int levels = plan.bundles().stream().mapToInt(DeskPlan.PlannedBundle::startLevel).max().orElse(1);
        Map<String, Object> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, bootExports());
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, Integer.toString(levels));
        props.put("felix.log.logger", new StderrLogger());
        props.put("felix.log.level", "1");
        props.put("copydesk.home", home.toAbsolutePath().toString());
        props.put("copydesk.desk", desk);
        // FileInstall's main watcher is the deploy folder: bundles and settings dropped in go live
        props.put("copydesk.deploy", deploy.toString());
        props.put("felix.fileinstall.dir", deploy.toString());
        props.put("felix.fileinstall.filter", ".*\\.(jar|config)");
        props.put("felix.fileinstall.poll", "500");
        props.put("felix.fileinstall.noInitialDelay", "true");
        props.put("felix.fileinstall.bundles.new.start", "true");
        props.put("felix.fileinstall.start.level", "3");
        props.put("felix.fileinstall.enableConfigSave", "false");
        // FileInstall's scratch files go with the framework's storage, never loose in the temp folder
        props.put("felix.fileinstall.tmpdir", storage.resolve("fileinstall").toString());
        props.put("felix.fileinstall.log.default", "jul");
        props.put("felix.fileinstall.log.level", "1");
        // the Gogo console is opened by the shell command, never by the Gogo bundle on its own
        props.put("gosh.args", "--nointeractive");
        props.putAll(extra);
        Framework fw = new Felix(props);
        CopydeskRuntime rt = new CopydeskRuntime(fw, storage, plan);
        // Ctrl-C or SIGTERM (a long-running command such as the workbench ends that way): stop the
        // framework, so bundles deactivate cleanly, and remove its storage before the JVM halts
        Thread onExit = new Thread(rt::close, "copydesk-stop");
        Runtime.getRuntime().addShutdownHook(onExit);
        rt.onExit = onExit;
        try {
            rt.boot();
        } catch (BootException | RuntimeException e) {
            rt.close();
            throw e;
        }
        return rt;
    }

    /**
     * The boot contract's packages as its own bundle manifest exports them (with their baselined
     * versions): the system bundle exports them to the bundles, since the launcher holds the classes.
     */
    static String bootExports() throws BootException {
        try {
            Path boot = Path.of(Command.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Manifest manifest;
            if (Files.isDirectory(boot)) {
                try (InputStream in = Files.newInputStream(boot.resolve("META-INF/MANIFEST.MF"))) {
                    manifest = new Manifest(in);
                }
            } else {
                try (JarFile jar = new JarFile(boot.toFile())) {
                    manifest = jar.getManifest();
                }
            }
            String exports = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
            if (exports == null) {
                throw new BootException(boot + " has no Export-Package header: rebuild the distribution");
            }
            return exports;
        } catch (IOException | URISyntaxException e) {
            throw new BootException("cannot read the boot contract's manifest: " + e.getMessage(), e);
        }
    }

    /** With -Dcopydesk.trace=true, the time each start-up phase ends at goes to standard error. */
    static void trace(String phase) {
        if (Boolean.getBoolean("copydesk.trace")) {
            long ms = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.err.println("copydesk [trace] " + ms + " ms: " + phase);
        }
    }

    private void boot() throws BootException {
        Map<Long, String> errors = new java.util.TreeMap<>(); // one message per bundle, in install order
        CountDownLatch started = new CountDownLatch(1);
        try {
            framework.init();
            // made here, after init has cleaned the storage: FileInstall's watchers (deploy/ and the desk's
            // settings) start at once and each would create it, and the one that loses the race says the
            // folder is write-protected
            Files.createDirectories(storage.resolve("fileinstall"));
            trace("framework initialised");
            BundleContext ctx = framework.getBundleContext();
            // only the desk's own bundles fail the start: a refused one in deploy/ is said by the trust hook
            Set<String> planned = plan.bundles().stream().map(DeskPlan.PlannedBundle::location).collect(Collectors.toSet());
            ctx.addFrameworkListener((FrameworkEvent e) -> {
                if (e.getType() == FrameworkEvent.STARTED) {
                    started.countDown();
                } else if (e.getType() == FrameworkEvent.ERROR && e.getBundle() != null && planned.contains(e.getBundle().getLocation())) {
                    synchronized (errors) {
                        errors.putIfAbsent(e.getBundle().getBundleId(), explain(e.getBundle(), e.getThrowable()));
                    }
                }
            });
            List<Bundle> installed = new ArrayList<>();
            List<Bundle> toStart = new ArrayList<>();
            for (DeskPlan.PlannedBundle pb : plan.bundles()) {
                Bundle b;
                try {
                    b = ctx.installBundle(pb.location());
                } catch (BundleException e) {
                    throw new BootException(pb.feature().file() + ": feature '" + pb.feature().name() + "': bundle "
                            + pb.jar().getFileName() + " cannot be installed: " + e.getMessage(), e);
                }
                b.adapt(BundleStartLevel.class).setStartLevel(pb.startLevel());
                installed.add(b);
                if (pb.start() && b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    toStart.add(b);
                }
            }
            trace(installed.size() + " bundles installed");
            for (Bundle b : toStart) {
                b.start(); // marks it for start; it starts when the framework reaches its level
            }
            framework.start();
            if (!started.await(START_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                throw new BootException("the runtime did not start within " + START_TIMEOUT_MS / 1000 + " s");
            }
            trace("bundles started");
            if (!installed.isEmpty()) {
                framework.adapt(org.osgi.framework.wiring.FrameworkWiring.class).resolveBundles(installed);
            }
            for (Bundle b : installed) {
                if (b.getState() == Bundle.INSTALLED) {
                    String why;
                    try {
                        b.start();
                        why = explain(b, new BundleException("did not start"));
                    } catch (BundleException e) {
                        why = explain(b, e);
                    }
                    synchronized (errors) {
                        errors.putIfAbsent(b.getBundleId(), why);
                    }
                }
            }
        } catch (BundleException e) {
            throw new BootException("the framework cannot start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BootException("cannot create FileInstall's folder in the framework's storage: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BootException("interrupted while starting");
        }
        synchronized (errors) {
            if (!errors.isEmpty()) {
                throw new BootException(String.join("\n", errors.values()));
            }
        }
    }

    /** One line: which desk file and feature brought the bundle, and what it misses. */
    private String explain(Bundle b, Throwable t) {
        String origin = plan.bundles().stream().filter(pb -> pb.symbolicName().equals(b.getSymbolicName())).findFirst()
                .map(pb -> " (feature '" + pb.feature().name() + "' in " + pb.feature().file() + ")").orElse("");
        String why = t == null ? "unknown error" : t.getMessage();
        Throwable cause = t;
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause != null && cause != t && cause.getMessage() != null) {
            why = why + ": " + cause.getMessage();
        }
        int missing = why == null ? -1 : why.indexOf("missing requirement");
        if (missing >= 0) {
            int cut = why.indexOf(" Unresolved requirements", missing);
            // "missing requirement [org.x [16](R 16.0)] osgi.wiring.package; (...)": drop Felix's bundle label
            why = why.substring(missing, cut < 0 ? why.length() : cut).replaceAll("\\[\\S+ \\[\\d+\\]\\([^)]*\\)\\] ", "");
        }
        return "desk '" + plan.desk().name() + "' (" + plan.desk().file() + "): bundle " + b.getSymbolicName()
                + origin + " cannot start: " + why;
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public DeskPlan plan() {
        return plan;
    }

    /** The command service of that name, or null. */
    public Command command(String name) {
        try {
            var refs = context().getServiceReferences(Command.class, "(" + Command.NAME + "=" + name + ")");
            ServiceReference<Command> best = refs.stream().max(Comparator.naturalOrder()).orElse(null);
            return best == null ? null : context().getService(best);
        } catch (InvalidSyntaxException e) {
            return null;
        }
    }

    /** The names of the commands the desk's bundles offer. */
    public List<String> commands() {
        try {
            return context().getServiceReferences(Command.class, null).stream()
                    .map(r -> String.valueOf(r.getProperty(Command.NAME))).sorted().toList();
        } catch (InvalidSyntaxException e) {
            return List.of();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (onExit != null && Thread.currentThread() != onExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is running or about to, close here anyway
            }
        }
        trace("stopping");
        try {
            if ((framework.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                framework.stop();
            }
            framework.waitForStop(20_000);
        } catch (BundleException e) {
            System.err.println("copydesk: the framework did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        trace("stopped");
        FrameworkStorage.delete(storage);
    }
}
