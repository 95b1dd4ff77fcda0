package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.boot.DeskPlan;
import org.copydesk.boot.FeatureRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code copydesk workbench}: the web server comes with that command only, serves the page and stops on SIGTERM. */
class WorkbenchIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String JETTY = "org.apache.felix.http.jetty12";

    @TempDir
    Path tmp;

    /** A copy of the distribution, so nothing a run leaves mixes with the build's. */
    private Path home() throws Exception {
        return Distribution.copy(Distribution.home(), tmp.resolve("copydesk"));
    }

    @Test
    void helpPrintsTheUsageAndABadPortIsAUsageError() throws Exception {
        Path home = home();
        Distribution.Run r = Distribution.cli(home, tmp, "workbench", "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("usage: copydesk [--desk NAME] workbench [--port N] [--host ADDRESS]"), r.out());
        assertTrue(r.out().contains("0 picks a free one"), r.out());

        r = Distribution.cli(home, tmp, "workbench", "--port", "eighty");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--port takes a number"), r.err());
    }

    @Test
    void processDoesNotInstallTheWebServer() throws Exception {
        Path home = Distribution.home();
        FeatureRepository features = FeatureRepository.load(home.resolve("features"));
        assertEquals(List.of(), features.broughtBy("process"), "process brings no feature along");
        assertTrue(features.broughtBy("workbench").contains("workbench"));
        assertTrue(DeskPlan.of(home, "default", features.broughtBy("workbench")).bundles().stream()
                .anyMatch(b -> b.symbolicName().equals(JETTY)), "the workbench command's plan has Jetty");

        // the runtime exactly as Main boots it for 'copydesk process': no extra features
        try (CopydeskRuntime rt = CopydeskRuntime.start(home, "default", Map.of())) {
            List<String> names = java.util.Arrays.stream(rt.context().getBundles()).map(Bundle::getSymbolicName).toList();
            assertTrue(names.contains("org.copydesk.format.json"), names.toString());
            assertFalse(names.contains(JETTY), names.toString());
            assertFalse(names.contains("org.copydesk.workbench"), names.toString());
            Distribution.Run r = Distribution.command(rt, "process", "--published", "2024-03-14", home.resolve("samples/port-strike.txt").toString());
            assertEquals(0, r.status(), r.err());
            assertEquals("2024-03-14", JSON.readTree(r.out()).path("published").asText());
            assertFalse(java.util.Arrays.stream(rt.context().getBundles()).anyMatch(b -> b.getSymbolicName().equals(JETTY)));
        }
    }

    @Test
    void servesThePageAndTheSessionRefusesChangesWithoutTheTokenAndStopsOnSigterm() throws Exception {
        Path home = home();
        Path err = tmp.resolve("err.txt");
        // the workspace goes to the user's data folder ($XDG_DATA_HOME/copydesk): here, a temporary one
        Path data = tmp.resolve("data");
        Path workspace = data.resolve("copydesk/workspace/default");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/copydesk").toString(), "workbench", "--port", "0")
                .directory(tmp.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("XDG_DATA_HOME", data.toString());
        Process p = pb.start();
        try {
            String url = address(p, err);
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();

            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
            assertTrue(page.body().contains("<title>Copydesk workbench</title>"), page.body());
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));

            HttpResponse<String> session = client.send(HttpRequest.newBuilder(URI.create(url + "api/workbench/session")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, session.statusCode(), session.body());
            JsonNode s = JSON.readTree(session.body());
            String token = s.path("token").asText();
            assertTrue(token.matches("[0-9a-f]{48}"), session.body());
            assertEquals("default", s.path("desk").asText());
            assertEquals(workspace.toString(), s.path("workspace").asText());
            assertFalse(Files.exists(home.resolve("workspace")), "nothing in the distribution, which a rebuild replaces");

            String state = "{\"open\":\"none\"}";
            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(url + "api/workbench/state"))
                    .PUT(HttpRequest.BodyPublishers.ofString(state)).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("session token"), refused.body());
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(url + "api/import/jobs"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"paths\":[\"x\"]}")).header("X-Copydesk-Token", "0".repeat(48)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, post.statusCode(), "a wrong token is refused too: " + post.body());
            // the refusal ends its connection (the body was never read), so the next request takes a new one
            assertEquals("close", post.headers().firstValue("Connection").orElse(""), post.headers().toString());
            assertFalse(Files.exists(workspace.resolve("state.json")), "nothing was written");

            HttpResponse<String> saved = client.send(HttpRequest.newBuilder(URI.create(url + "api/workbench/state"))
                    .PUT(HttpRequest.BodyPublishers.ofString(state)).header("Content-Type", "application/json")
                    .header("X-Copydesk-Token", token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, saved.statusCode(), "with the token the same request goes through: " + saved.body());
            assertEquals(JSON.readTree(state), JSON.readTree(workspace.resolve("state.json").toFile()));

            p.destroy();
            assertTrue(p.waitFor(15, TimeUnit.SECONDS), "the workbench stops on SIGTERM within 15 s");
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Reads standard output until the workbench prints its address (the start-up includes Jetty's restart on port 0). */
    private static String address(Process p, Path err) throws Exception {
        CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder seen = new StringBuilder();
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = ADDRESS.matcher(line);
                    if (m.find()) {
                        return m.group();
                    }
                    seen.append(line).append('\n');
                }
                throw new IllegalStateException("the workbench ended without an address: " + seen);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            String url = found.get(90, TimeUnit.SECONDS);
            assertFalse(url.endsWith(":0/"), url);
            return url;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no address: " + e.getMessage() + "\n" + Files.readString(err), e);
        }
    }
}
