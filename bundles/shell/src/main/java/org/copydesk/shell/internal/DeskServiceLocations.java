package org.copydesk.shell.internal;

import org.copydesk.boot.DeskPlan;

/** Where a planned bundle is installed from: the launcher and the desk service install by reference. */
final class DeskServiceLocations {
    private DeskServiceLocations() {
    }

    static String of(DeskPlan.PlannedBundle pb) {
        return "reference:" + pb.jar().toAbsolutePath().normalize().toUri();
    }
}
