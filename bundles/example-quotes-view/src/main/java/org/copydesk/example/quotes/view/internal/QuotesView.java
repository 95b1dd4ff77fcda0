package org.copydesk.example.quotes.view.internal;

import org.copydesk.api.workbench.View;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The view: a descriptor, and (through the whiteboard resource properties on the same service) the
 * browser module in this bundle's {@code web/}. Installing the bundle adds the tab to open workbenches.
 */
@Component(service = View.class)
@HttpWhiteboardResource(pattern = "/views/quotes/*", prefix = "/web")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class QuotesView implements View {
    @Override
    public Descriptor descriptor() {
        return new Descriptor("quotes", "Quotes", "/views/quotes/quotes.js", Area.RIGHT, 40);
    }
}
