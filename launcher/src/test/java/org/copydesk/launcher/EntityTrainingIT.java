package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * "Train this desk's model" in a running workbench: the training view's endpoints train on the
 * workspace's articles, report the held-out scores, and on acceptance put the model on the desk's
 * trust list and into deploy/.
 */
class EntityTrainingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path tmp;

    private HttpClient client;
    private String url;
    private String token;

    private JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).header("X-Copydesk-Token", token);
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() / 100 == 2, method + " " + path + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private JsonNode until(String path, java.util.function.Predicate<JsonNode> ok) throws Exception {
        long t0 = System.nanoTime();
        JsonNode n = call("GET", path, null);
        while (!ok.test(n)) {
            assertTrue(System.nanoTime() - t0 < 120_000_000_000L, "not reached in 120 s: " + n);
            Thread.sleep(200);
            n = call("GET", path, null);
        }
        return n;
    }

    @Test
    void trainsTheDesksModelFromTheWorkspaceShowsScoresAndDeploysOnAcceptance() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("copydesk"));
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(home.resolve("bin/copydesk").toString(), "workbench", "--port", "0")
                .directory(tmp.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        try {
            url = address(p, err);
            client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
            token = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(url + "api/workbench/session")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();
            assertEquals("idle", call("GET", "api/views/training/status", null).path("state").asText());

            byte[] sample = Files.readAllBytes(home.resolve("samples/port-strike.txt"));
            StringBuilder paths = new StringBuilder();
            for (int i = 1; i <= 6; i++) {
                String name = "strike-" + i + ".txt";
                HttpResponse<String> up = client.send(HttpRequest.newBuilder(URI.create(url + "api/import/upload?path=" + name))
                        .header("X-Copydesk-Token", token).POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, up.statusCode(), up.body());
                paths.append(paths.length() == 0 ? "" : ",").append('"').append(name).append('"');
            }
            String job = call("POST", "api/import/jobs", "{\"paths\":[" + paths + "]}").path("id").asText();
            until("api/import/jobs/" + job, j -> j.path("done").asInt() == 6);

            JsonNode started = call("POST", "api/views/training/train", null);
            assertEquals("training", started.path("state").asText(), started.toString());
            JsonNode done = until("api/views/training/status", s -> !s.path("state").asText().equals("training"));
            assertEquals("done", done.path("state").asText(), done.toString());
            assertEquals(5, done.path("train").asInt());
            assertEquals(1, done.path("dev").asInt());
            assertTrue(done.at("/metadata/dev/PER+ORG+LOC").asDouble() > 0, done.toString());
            assertEquals(5, done.at("/metadata/training").size(), "one file per training article");

            JsonNode deployed = call("POST", "api/views/training/deploy", null);
            assertEquals("deployed", deployed.path("state").asText(), deployed.toString());
            Path jar = home.resolve("deploy/entities-model-default.jar");
            assertTrue(Files.isRegularFile(jar));
            String trust = Files.readString(home.resolve("config/desks/default/org.copydesk.trust.config"));
            assertTrue(trust.contains("org.copydesk.model.entities.default;sha256:"), trust);
            p.destroy();
            assertTrue(p.waitFor(15, TimeUnit.SECONDS));
            String said = Files.readString(err);
            assertTrue(!said.contains("refused bundle org.copydesk.model.entities"), "the desk trusts its model: " + said);
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String address(Process p, Path err) throws Exception {
        CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = ADDRESS.matcher(line);
                    if (m.find()) {
                        return m.group();
                    }
                }
                throw new IllegalStateException("the workbench ended without an address");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            return found.get(90, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no address: " + e.getMessage() + "\n" + Files.readString(err), e);
        }
    }
}
