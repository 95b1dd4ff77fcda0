package org.copydesk.workbench.views.internal;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import org.copydesk.api.workbench.View;
import org.copydesk.api.workbench.View.Area;
import org.copydesk.api.workbench.View.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.servlet.whiteboard.annotations.RequireHttpWhiteboard;

/**
 * The standard views, each registered as its own {@link View} service that also carries the
 * whiteboard resource properties serving its module from this bundle's {@code web/ID/}. A desk can
 * hide any of them in its perspective, and a bundle can replace one by registering a view with the
 * same id and a higher service ranking.
 */
@Component(immediate = true)
@RequireHttpWhiteboard
public final class StandardViews {
    static final List<Descriptor> VIEWS = List.of(
            // upload files and folders, import them with progress and per-file errors, open an article
            view("inbox", "Inbox", Area.LEFT, 10),
            // the desk, its features, bundles and their state, and who serves each stage
            view("runtime", "Runtime", Area.LEFT, 20),
            // headline, standfirst and body, saved as one undoable edit
            view("editor", "Article", Area.MAIN, 10),
            // what the strip stage took out, with reason and rule; restore one, or all of a reason
            view("removed", "Removed text", Area.RIGHT, 10),
            // entities by type with their mentions: rename, retype, merge, split, delete a false hit
            view("entities", "Entities", Area.RIGHT, 20),
            // events by date: correct a date or text, drop an event, export TimelineJS
            view("timeline", "Timeline", Area.RIGHT, 30),
            // the Gogo shell of the running runtime
            view("console", "Console", Area.BOTTOM, 10));

    private final List<ServiceRegistration<View>> registrations = new ArrayList<>();

    private static Descriptor view(String id, String title, Area area, int order) {
        return new Descriptor(id, title, "/views/" + id + "/" + id + ".js", area, order);
    }

    @Activate
    void activate(BundleContext context) {
        for (Descriptor d : VIEWS) {
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("osgi.http.whiteboard.resource.pattern", "/views/" + d.id() + "/*");
            props.put("osgi.http.whiteboard.resource.prefix", "/web/" + d.id());
            props.put("osgi.http.whiteboard.context.select", View.CONTEXT_SELECT);
            registrations.add(context.registerService(View.class, () -> d, props));
        }
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
