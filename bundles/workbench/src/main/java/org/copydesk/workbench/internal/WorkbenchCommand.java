package org.copydesk.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.CountDownLatch;

import org.copydesk.boot.Command;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;

/**
 * {@code copydesk workbench [--port N] [--host H]}: waits until the workbench answers, prints its
 * address and serves until the process is stopped. The address comes from the Felix HTTP service
 * (PID {@code org.apache.felix.http}, set per desk or by the options), bound to 127.0.0.1 by default.
 */
@Component(service = Command.class, property = Command.NAME + "=workbench")
public final class WorkbenchCommand implements Command {
    static final String HTTP_PID = "org.apache.felix.http";
    private static final String USAGE = """
            usage: copydesk [--desk NAME] workbench [--port N] [--host ADDRESS]
              serves the workbench to a browser on this machine and prints its address; stop with Ctrl-C.
              --port N          the port (default: the desk's org.apache.felix.http setting, 8765; 0 picks a free one)
              --host ADDRESS    the address to bind (default 127.0.0.1; the workbench answers only to this machine)""";

    private final BundleContext context;
    private final ConfigurationAdmin cm;
    private final WorkspaceStore workspace;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Activate
    public WorkbenchCommand(BundleContext context, @Reference ConfigurationAdmin cm, @Reference WorkspaceStore workspace) {
        this.context = context;
        this.cm = cm;
        this.workspace = workspace;
    }

    @Deactivate
    void deactivate() {
        stopped.countDown();
    }

    @Override
    public String summary() {
        return "the workbench in the browser";
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String port = null;
        String host = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                case "--port" -> port = value(args, ++i);
                case "--host" -> host = value(args, ++i);
                default -> {
                    // the launcher's own options and the command's name
                }
            }
        }
        if (port != null && !port.matches("\\d{1,5}") || host != null && host.isBlank()) {
            err.println("copydesk workbench: --port takes a number and --host an address\n" + USAGE);
            return 2;
        }
        try {
            String before = endpoint();
            bind(port, host);
            String url = waitForEndpoint(port, before);
            out.println("Copydesk workbench for desk '" + WorkspaceStore.desk(context) + "': " + url);
            out.flush();
            olderWorkspace(err);
        } catch (IOException | RuntimeException e) {
            err.println("copydesk workbench: " + e.getMessage());
            return 1;
        }
        // serves until the runtime stops (the launcher stops it on Ctrl-C or SIGTERM) and this component with it
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Earlier releases kept the workspace inside the distribution, where a rebuild deletes it: one
     * still there is pointed out, with where it belongs.
     */
    private void olderWorkspace(PrintStream err) {
        String home = context.getProperty("copydesk.home");
        if (home == null) {
            return;
        }
        java.nio.file.Path old = java.nio.file.Path.of(home, "workspace", WorkspaceStore.desk(context)).toAbsolutePath().normalize();
        if (java.nio.file.Files.isDirectory(old.resolve("articles")) && !old.equals(workspace.root())) {
            err.println("copydesk workbench: an older workspace is at " + old + " (inside the distribution, where a rebuild "
                    + "deletes it); this workbench uses " + workspace.root() + ". Move its folders there to go on with them, "
                    + "or name it as workspace in the desk's org.copydesk.workbench.config.");
        }
    }

    private static String value(String[] args, int i) {
        return i < args.length ? args[i] : "";
    }

    /** Applies --port and --host to the HTTP service's settings; the service restarts on them. */
    private void bind(String port, String host) throws IOException {
        if (port == null && host == null) {
            return;
        }
        Configuration c = cm.getConfiguration(HTTP_PID, "?");
        Dictionary<String, Object> props = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
        if (port != null) {
            props.put("org.osgi.service.http.port", Integer.parseInt(port));
        }
        if (host != null) {
            props.put("org.apache.felix.http.host", host);
        }
        c.update(props);
    }

    /**
     * The workbench's address once its page answers there: on the port asked for, or for port 0 on
     * the new one the HTTP service picked after restarting.
     */
    private String waitForEndpoint(String port, String before) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = "no HTTP service";
        while (System.nanoTime() < deadline) {
            String url = endpoint();
            boolean moved = port == null || (port.equals("0") ? url != null && !url.equals(before) && !url.endsWith(":0/")
                    : url != null && url.endsWith(":" + Integer.parseInt(port) + "/"));
            if (moved) {
                try {
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url + "api/workbench/session"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return url;
                    }
                    last = url + " answered " + r.statusCode();
                } catch (IOException e) {
                    last = url + ": " + e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        throw new IOException("the workbench did not come up within 30 s (" + last + "); is the port taken?");
    }

    private String endpoint() {
        ServiceReference<HttpServiceRuntime> ref = context.getServiceReference(HttpServiceRuntime.class);
        if (ref == null) {
            return null;
        }
        Object e = ref.getProperty("osgi.http.endpoint");
        String first = e instanceof String[] a && a.length > 0 ? a[0] : e instanceof java.util.Collection<?> c && !c.isEmpty()
                ? String.valueOf(c.iterator().next()) : e == null ? null : e.toString();
        if (first == null) {
            return null;
        }
        return first.endsWith("/") ? first : first + "/";
    }
}
