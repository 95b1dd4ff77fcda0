package org.copydesk.entities.training.internal;

import org.copydesk.api.workbench.View;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The "Train model" tab: its browser module is this bundle's {@code web/training.js}. */
@Component(name = "org.copydesk.entities.training.view", service = View.class)
@HttpWhiteboardResource(pattern = "/views/training/*", prefix = "/web")
@HttpWhiteboardContextSelect(View.CONTEXT_SELECT)
public final class TrainingView implements View {
    @Override
    public Descriptor descriptor() {
        return new Descriptor("training", "Train model", "/views/training/training.js", Area.RIGHT, 60);
    }
}
