package org.copydesk.api.workbench;

import java.util.Objects;
import java.util.regex.Pattern;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view of the workbench, contributed by a bundle as a service: registering one adds the view to
 * every open browser, unregistering it takes it away. The view's browser code is an ES module that
 * exports {@code mount(element, workbench)}; the bundle serves it through the HTTP whiteboard in the
 * workbench's context, usually by giving this same service the whiteboard resource properties
 * ({@code osgi.http.whiteboard.resource.pattern=/views/ID/*}) and {@link #CONTEXT_SELECT}. REST
 * endpoints of a view are whiteboard servlets in that context under {@code /api/views/ID/}; the
 * workbench checks their callers' session token before they see a request.
 */
@ConsumerType
public interface View {
    /** The name of the whiteboard servlet context the workbench serves. */
    String CONTEXT_NAME = "org.copydesk.workbench";
    /** The value of {@code osgi.http.whiteboard.context.select} that puts a resource or servlet in it. */
    String CONTEXT_SELECT = "(osgi.http.whiteboard.context.name=" + CONTEXT_NAME + ")";

    Descriptor descriptor();

    /** Where a view goes when the desk's perspective does not place it. */
    enum Area { LEFT, MAIN, RIGHT, BOTTOM }

    /**
     * What the workbench needs to show a view.
     *
     * @param id     short and unique, lower case ({@code entities}); also the perspective's name for it
     * @param title  the tab's label
     * @param module the URL path of its ES module, e.g. {@code /views/entities/entities.js}
     * @param area   where it goes by default
     * @param order  its place among the views of an area, smallest first
     */
    record Descriptor(String id, String title, String module, Area area, int order) {
        private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

        public Descriptor {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(area, "area");
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a view id is lower-case letters, digits and '-', not '" + id + "'");
            }
            if (!module.startsWith("/")) {
                throw new IllegalArgumentException("view " + id + ": the module path must start with '/': " + module);
            }
        }
    }
}
