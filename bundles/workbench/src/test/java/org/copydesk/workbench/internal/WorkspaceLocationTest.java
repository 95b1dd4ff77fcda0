package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {
    private static final Path HOME = Path.of("/opt/copydesk");

    @Test
    void theUsersDataFolderNotTheDistribution() {
        assertEquals(Path.of("/home/ed/.local/share/copydesk/workspace/world"),
                WorkspaceLocation.of(HOME, "", "world", null, Map.of(), "/home/ed"));
        assertEquals(Path.of("/data/xdg/copydesk/workspace/default"),
                WorkspaceLocation.of(HOME, "", "default", null, Map.of("XDG_DATA_HOME", "/data/xdg"), "/home/ed"));
        assertEquals(Path.of("/home/ed/.local/share/copydesk/workspace/default"),
                WorkspaceLocation.of(HOME, "", "default", null, Map.of("XDG_DATA_HOME", "relative/xdg"), "/home/ed"),
                "XDG says a relative value is to be ignored");
        assertEquals(Path.of("/srv/copydesk/workspace/default"),
                WorkspaceLocation.of(HOME, null, "default", "/srv/copydesk", Map.of("XDG_DATA_HOME", "/data/xdg"), "/home/ed"));
    }

    @Test
    void aDeskNamesItsOwnFolder() {
        assertEquals(Path.of("/opt/copydesk/shared/politics"), WorkspaceLocation.of(HOME, "shared/politics", "politics", null, Map.of(), "/home/ed"));
        assertEquals(Path.of("/mnt/desk"), WorkspaceLocation.of(HOME, "/mnt/desk", "politics", null, Map.of(), "/home/ed"));
    }
}
