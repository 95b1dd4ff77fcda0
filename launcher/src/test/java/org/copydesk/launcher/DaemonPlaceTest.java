package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonPlaceTest {
    @TempDir
    Path tmp;

    private Map<String, String> env() {
        return Map.of("XDG_RUNTIME_DIR", tmp.resolve("run").toString(), "XDG_STATE_HOME", tmp.resolve("state").toString());
    }

    @Test
    void theSocketLivesInAFolderOnlyThisUserMayEnter() throws IOException {
        Files.createDirectories(tmp.resolve("run/copydesk"));
        Files.setPosixFilePermissions(tmp.resolve("run/copydesk"), PosixFilePermissions.fromString("rwxr-xr-x"));
        DaemonPlace p = DaemonPlace.of(tmp.resolve("home"), "default", "-Xss4m", env());
        assertEquals(tmp.resolve("run/copydesk"), p.folder());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p.folder())), "closed to others");
        assertEquals(p.folder(), p.socket().getParent());
        assertTrue(p.log().startsWith(tmp.resolve("state/copydesk/desks/default")), p.log().toString());
    }

    @Test
    void eachHomeDeskAndJavaSetUpHasARuntimeOfItsOwn() throws IOException {
        Path socket = DaemonPlace.of(tmp.resolve("home"), "default", "-Xss4m", env()).socket();
        assertEquals(socket, DaemonPlace.of(tmp.resolve("home"), "default", "-Xss4m", env()).socket());
        assertNotEquals(socket, DaemonPlace.of(tmp.resolve("other"), "default", "-Xss4m", env()).socket());
        assertNotEquals(socket, DaemonPlace.of(tmp.resolve("home"), "politics", "-Xss4m", env()).socket());
        assertNotEquals(socket, DaemonPlace.of(tmp.resolve("home"), "default", "-Xmx8g", env()).socket());
    }

    @Test
    void aSymbolicLinkIsNoPrivateFolder() throws IOException {
        Files.createDirectories(tmp.resolve("run"));
        Files.createSymbolicLink(tmp.resolve("run/copydesk"), Files.createDirectories(tmp.resolve("elsewhere")));
        assertThrows(IOException.class, () -> DaemonPlace.of(tmp.resolve("home"), "default", "", env()));
    }

    @Test
    void aDeskNameThatIsAPathIsNoPlace() {
        assertThrows(IOException.class, () -> DaemonPlace.of(tmp.resolve("home"), "../../elsewhere", "", env()));
        assertThrows(IOException.class, () -> DaemonPlace.of(tmp.resolve("home"), "..", "", env()));
    }

    @Test
    void aSocketPathTooLongForTheKernelIsRefused() {
        Path deep = tmp.resolve("x".repeat(100));
        assertThrows(IOException.class, () -> DaemonPlace.of(tmp.resolve("home"), "default", "", Map.of("XDG_RUNTIME_DIR", deep.toString())));
    }

    @Test
    void theStateChangesWithWhatTheRuntimeIsMadeOfAndNothingElse() throws IOException {
        Path home = tmp.resolve("home");
        for (String dir : new String[] {"lib", "bundles", "features", "config/desks/default", "deploy", "samples", "lib/beam"}) {
            Files.createDirectories(home.resolve(dir));
        }
        Path jar = Files.writeString(home.resolve("bundles/a.jar"), "a");
        Files.writeString(home.resolve("config/desks/default/desk.properties"), "features=core");
        String before = DaemonPlace.state(home);
        Files.writeString(home.resolve("samples/new.txt"), "not part of the runtime");
        Files.writeString(home.resolve("lib/beam/beam.jar"), "the beam command's, never warm");
        assertEquals(before, DaemonPlace.state(home));

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        String rebuilt = DaemonPlace.state(home);
        assertNotEquals(before, rebuilt, "a rebuilt bundle");
        Files.writeString(home.resolve("deploy/extra.jar"), "x");
        String deployed = DaemonPlace.state(home);
        assertNotEquals(rebuilt, deployed, "a bundle dropped into deploy/");
        Files.writeString(home.resolve("config/desks/default/org.copydesk.x.config"), "a=1");
        assertNotEquals(deployed, DaemonPlace.state(home), "a changed desk setting");
    }
}
