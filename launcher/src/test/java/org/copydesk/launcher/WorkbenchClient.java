package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real {@code copydesk workbench} on a test's copy of the distribution, its workspace in the test's
 * folder, driven through the HTTP API with the session's token as the browser would.
 */
final class WorkbenchClient implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final Path err;
    private final HttpClient client;
    private final String url;
    private final String token;

    /** Starts {@code copydesk [DESK ARGS] workbench --port 0} in {@code home}, with its data under {@code tmp}. */
    WorkbenchClient(Path home, Path tmp, String... deskArgs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/copydesk").toString()));
        cmd.addAll(List.of(deskArgs));
        cmd.addAll(List.of("workbench", "--port", "0"));
        err = tmp.resolve("workbench-err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("data").toString()); // never the user's workspace
        process = pb.start();
        try {
            url = address();
            client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
            token = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(url + "api/workbench/session")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();
        } catch (Exception | AssertionError e) {
            close();
            throw e;
        }
    }

    /** A request that must succeed; its JSON answer. */
    JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).header("X-Copydesk-Token", token);
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() / 100 == 2, method + " " + path + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    /** Polls a GET until its answer passes {@code ok} (at most 120 s). */
    JsonNode until(String path, Predicate<JsonNode> ok) throws Exception {
        long t0 = System.nanoTime();
        JsonNode n = call("GET", path, null);
        while (!ok.test(n)) {
            assertTrue(System.nanoTime() - t0 < 120_000_000_000L, "not reached in 120 s: " + n);
            Thread.sleep(200);
            n = call("GET", path, null);
        }
        return n;
    }

    /** Uploads files into the inbox (name to content) and imports them; the ids of the articles, in order. */
    List<String> importFiles(List<String> names, List<byte[]> contents) throws Exception {
        StringBuilder paths = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            HttpResponse<String> up = client.send(HttpRequest.newBuilder(URI.create(url + "api/import/upload?path=" + names.get(i)))
                    .header("X-Copydesk-Token", token).POST(HttpRequest.BodyPublishers.ofByteArray(contents.get(i))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, up.statusCode(), up.body());
            paths.append(paths.length() == 0 ? "" : ",").append('"').append(names.get(i)).append('"');
        }
        String job = call("POST", "api/import/jobs", "{\"paths\":[" + paths + "]}").path("id").asText();
        JsonNode done = until("api/import/jobs/" + job, j -> j.path("finished").asBoolean());
        List<String> ids = new ArrayList<>();
        for (JsonNode item : done.path("items")) {
            assertEquals("done", item.path("status").asText(), item.toString());
            item.path("articles").forEach(a -> ids.add(a.asText()));
        }
        return ids;
    }

    /** Stops the runtime as Ctrl-C would; what it wrote to standard error. */
    String stop() throws Exception {
        process.destroy();
        assertTrue(process.waitFor(15, TimeUnit.SECONDS), "the workbench did not stop within 15 s");
        return java.nio.file.Files.readString(err);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private String address() throws Exception {
        CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = ADDRESS.matcher(line);
                    if (m.find()) {
                        return m.group();
                    }
                }
                throw new IllegalStateException("the workbench ended without an address");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return found.get(90, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("no address: " + e.getMessage() + "\n" + java.nio.file.Files.readString(err), e);
        }
    }
}
