package org.copydesk.workbench.internal;

import org.copydesk.api.workbench.View;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The workbench's script and styles: {@code /app/*} served by the whiteboard from this bundle's {@code web/app}. */
@Component(service = AppFiles.class)
@HttpWhiteboardResource(pattern = "/app/*", prefix = "/web/app")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class AppFiles {
}
