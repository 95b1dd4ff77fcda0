package org.copydesk.shell.internal;

import java.util.Hashtable;

import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code gogo:help}, from Gogo's jline shell. Gogo runs a command named after a Java keyword
 * ({@code desk:switch}) by its method {@code _switch}; this help finds it the same way, where the
 * older {@code felix:help} of gogo.command looks for a method named {@code switch} and finds none.
 * The shell sessions search the {@code gogo} scope first, so a plain {@code help} is this one.
 * Registered by hand because gogo.jline's own activator, which would register it, also opens a
 * console of its own (the shell feature installs that bundle unstarted).
 */
@Component(service = {})
public final class GogoHelp {
    /** The session variable Gogo resolves a command without scope through. */
    static final String SCOPE_PATH = "gogo:*";

    private final ServiceRegistration<Object> registration;

    @Activate
    public GogoHelp(@Reference CommandProcessor processor, BundleContext context) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(CommandProcessor.COMMAND_SCOPE, "gogo");
        props.put(CommandProcessor.COMMAND_FUNCTION, new String[] {"help"});
        registration = context.registerService(Object.class, new Shell(new ShellContext(context), processor), props);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
