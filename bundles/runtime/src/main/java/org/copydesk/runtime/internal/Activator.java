package org.copydesk.runtime.internal;

import java.nio.file.Path;

import org.copydesk.boot.BootException;
import org.copydesk.boot.DeskPlan;
import org.copydesk.runtime.DeskService;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Applies the desk's settings when the runtime starts, offers the running desk as a
 * {@link DeskService} and puts the bundles' logged warnings and errors on standard error
 * ({@link StderrLog}). This bundle starts at level 2, after ConfigAdmin and the log service and
 * before SCR (level 3), so every component is activated with its desk settings from its first
 * article on; that ordering is why this is a plain activator and not a DS component.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class Activator implements BundleActivator {
    /** Framework property: the Copydesk home (the distribution folder). */
    public static final String HOME = "copydesk.home";
    /** Framework property: the desk to run. */
    public static final String DESK = "copydesk.desk";

    private ServiceTracker<LogReaderService, LogReaderService> log;

    @Override
    public void start(BundleContext context) throws BootException {
        String home = context.getProperty(HOME);
        String desk = context.getProperty(DESK);
        if (home == null || desk == null) {
            return; // not started by the Copydesk launcher: nothing to apply
        }
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        if (ref == null) {
            throw new BootException("ConfigurationAdmin is not running before " + context.getBundle().getSymbolicName()
                    + ": its feature must start it at level 1");
        }
        ConfigurationAdmin cm = context.getService(ref);
        DeskPlan plan = DeskPlan.of(Path.of(home), desk, extraFeatures(context));
        new DeskConfigurator(cm).apply(plan);
        SettingsWatcher.watch(context, cm, plan.desk().settings());
        context.registerService(DeskService.class, new DeskManager(context, cm, Path.of(home), plan), null);
        log = StderrLog.attach(context);
    }

    /** The features the launcher runs beside any desk's own (the workbench for {@code copydesk workbench}). */
    static java.util.List<String> extraFeatures(BundleContext context) {
        return DeskPlan.extraFeatures(context.getProperty(DeskPlan.EXTRA_FEATURES));
    }

    @Override
    public void stop(BundleContext context) {
        if (log != null) {
            log.close();
        }
        // the DeskService goes with the bundle; settings stay in ConfigAdmin, so stopping the
        // runtime bundle does not unconfigure the desk
    }
}
