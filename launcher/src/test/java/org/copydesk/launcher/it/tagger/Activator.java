package org.copydesk.launcher.it.tagger;

import java.util.Hashtable;

import org.copydesk.api.stage.EntityTagger;
import org.copydesk.api.stage.Stage;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/** Registers {@link ShoutingTagger} in the entities slot, ranked above any standard tagger. */
public final class Activator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Stage.NAME, Stage.ENTITIES);
        props.put(Stage.ORDER, 200);
        props.put(Constants.SERVICE_RANKING, 1000);
        context.registerService(new String[] {Stage.class.getName(), EntityTagger.class.getName()}, new ShoutingTagger(), props);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
