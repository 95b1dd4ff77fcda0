package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonClientTest {
    private static final long HUNDRED_SECONDS = 100_000_000;

    @TempDir
    Path tmp;

    private Map<String, String> env(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("XDG_RUNTIME_DIR", tmp.resolve("run").toString(),
                "XDG_STATE_HOME", tmp.resolve("state").toString()));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    private Path socket(String javaOptions, long handOver, Map<String, String> env) throws IOException {
        return DaemonClient.place(tmp.resolve("home"), "default", javaOptions, handOver, env).socket();
    }

    @Test
    void everySettingThatShapesARuntimeIsPartOfItsKey() throws IOException {
        String c1 = "-XX:TieredStopAtLevel=1 -Xss4m";
        Path handsOver = socket(c1, HUNDRED_SECONDS, env());
        assertEquals(handsOver, socket(c1, HUNDRED_SECONDS, env("UNRELATED", "x")), "the same settings: the same runtime");
        assertNotEquals(handsOver, socket(c1, 0, env()), "one that never hands over (COPYDESK_JAVA_OPTS of the same options)");
        assertNotEquals(handsOver, socket(c1, HUNDRED_SECONDS / 10, env()), "another hand-over threshold");
        assertNotEquals(handsOver, socket(c1, HUNDRED_SECONDS, env(DaemonClient.IDLE_ENV, "90s")), "another idle time");
        assertNotEquals(handsOver, socket(c1, HUNDRED_SECONDS, env("TZ", "Asia/Tokyo")), "another time zone");
        assertNotEquals(handsOver, socket("-Xss4m", HUNDRED_SECONDS, env()), "other Java options");
    }

    @Test
    void aRuntimeStartsWithTheSettingsOfItsKey() {
        Path home = tmp.resolve("home");
        List<String> args = DaemonClient.jvmArguments(home, " -XX:TieredStopAtLevel=1  -Xss4m", HUNDRED_SECONDS, env(DaemonClient.IDLE_ENV, "20m"));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-Xss4m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Dcopydesk.home=" + home, "-D" + Daemon.IDLE + "=1200", "-D" + DaemonClient.HANDS_OVER + "=" + HUNDRED_SECONDS), args);
        assertEquals(List.of("-Xss4m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Dcopydesk.home=" + home,
                "-D" + Daemon.IDLE + "=" + DaemonClient.DEFAULT_IDLE.toSeconds()), DaemonClient.jvmArguments(home, "-Xss4m", 0, env()),
                "the batch runtime hands nothing over");
    }
}
