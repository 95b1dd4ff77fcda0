package org.copydesk.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.boot.Command;
import org.copydesk.boot.InputProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code copydesk process}: runs the pipeline over files and folders and writes one output per input
 * and format. One bad input costs only its own output: it gets a one-line error naming it, and the
 * batch goes on. Inputs are only ever read. The threads that process inputs are the component's:
 * a batch borrows as many as {@code --threads} says, and deactivation stops them.
 */
@Component(name = "org.copydesk.cli.process", service = Command.class, property = Command.NAME + "=process")
public final class ProcessCommand implements Command {
    /** Inputs larger than this are refused rather than read into memory. */
    static final long MAX_INPUT_BYTES = InputProcessor.MAX_INPUT_BYTES;

    /** How long a batch waits for the deploy folder's bundles to go live before it starts. */
    static final long DEPLOY_SETTLE_MILLIS = 5000;
    /** How long deactivation waits for interrupted batches to end. */
    private static final long STOP_WAIT_SECONDS = 5;

    private final Pipeline pipeline;
    private final BundleContext context;
    private final String desk;
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "copydesk-process-" + threadNumber.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ProcessCommand(@Reference Pipeline pipeline, BundleContext context) {
        this.pipeline = pipeline;
        this.context = context;
        this.desk = desk(context);
    }

    /** The desk this runtime serves, as the launcher set it. */
    static String desk(BundleContext context) {
        String d = context.getProperty("copydesk.desk");
        return d == null ? "default" : d;
    }

    /** Interrupts the batches under way (each reports its inputs as failed) and waits a little for its threads to end. */
    @Deactivate
    void stop() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String summary() {
        return "process [--desk NAME] [--published YYYY-MM-DD] [--format json|markdown|...] [--out DIR] INPUT...";
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        ProcessOptions o;
        try {
            o = ProcessOptions.parse(args);
            if (o.help()) {
                out.println(ProcessOptions.USAGE);
                return 0;
            }
            o.formats().forEach(pipeline::extension); // an unknown format fails before any work
        } catch (IllegalArgumentException e) {
            err.println("copydesk process: " + e.getMessage());
            err.println(ProcessOptions.USAGE);
            return 2;
        }
        List<Path> inputs = Inputs.expand(o.inputs());
        if (o.out() == null && inputs.size() != 1) {
            err.println("copydesk process: " + inputs.size() + " inputs need --out DIR (one output per input)");
            return 2;
        }
        OutputFiles files = null;
        if (o.out() != null) {
            try {
                files = new OutputFiles(o.out());
            } catch (IOException e) {
                err.println("copydesk process: cannot create output folder " + o.out() + ": " + e.getMessage());
                return 2;
            }
        }
        DeployedBundles.awaitSettled(context, DEPLOY_SETTLE_MILLIS);
        ProcessContext ctx = new ProcessContext(desk, o.published(), o.keep(), Map.of());
        long t0 = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger articles = new AtomicInteger();
        final OutputFiles target = files;
        Queue<Path> queue = new ConcurrentLinkedQueue<>(inputs);
        List<Future<?>> batch = new ArrayList<>();
        try {
            // each of the batch's threads takes the next input until none is left
            for (int i = Math.min(o.threads(), Math.max(1, inputs.size())); i > 0; i--) {
                batch.add(workers.submit(() -> {
                    Path input;
                    while (!workers.isShutdown() && (input = queue.poll()) != null) {
                        try {
                            articles.addAndGet(one(input, ctx, o.formats(), target, out));
                        } catch (ImportException | IOException | RuntimeException | StackOverflowError e) {
                            failed.incrementAndGet();
                            synchronized (err) {
                                err.println("copydesk: " + input + ": " + describe(e));
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : batch) {
                f.get();
            }
        } catch (RejectedExecutionException e) {
            err.println("copydesk process: the runtime is stopping");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("copydesk process: interrupted");
            return 1;
        } catch (java.util.concurrent.ExecutionException e) {
            err.println("copydesk process: " + describe(e.getCause()));
            return 1;
        } finally {
            batch.forEach(f -> f.cancel(true)); // done already, unless the batch was cut short
        }
        if (!queue.isEmpty()) {
            err.println("copydesk process: stopped with " + queue.size() + " inputs not processed (the runtime is stopping)");
            return 1;
        }
        if (target != null) {
            err.printf("copydesk: %d inputs, %d articles, %d failed, %.2f s%n", inputs.size(), articles.get(),
                    failed.get(), (System.nanoTime() - t0) / 1e9);
        }
        return failed.get() == 0 ? 0 : 1;
    }

    /** Processes one input; returns how many articles it gave. */
    private int one(Path input, ProcessContext ctx, List<String> formats, OutputFiles files, PrintStream out)
            throws IOException, ImportException {
        byte[] bytes = read(input);
        ImportSource src = new ImportSource(input.getFileName().toString(), bytes, null);
        List<Rendering.Rendered> list = Rendering.render(pipeline, src.baseName(), pipeline.run(src, ctx), formats);
        for (Rendering.Rendered r : list) {
            for (Map.Entry<String, byte[]> f : r.files().entrySet()) {
                byte[] body = f.getValue();
                if (files == null) {
                    synchronized (out) {
                        out.write(body);
                        out.flush();
                    }
                } else {
                    OutputFiles.writeAtomically(files.reserve(r.name(), pipeline.extension(f.getKey())), o -> o.write(body));
                }
            }
        }
        return list.size();
    }

    private static byte[] read(Path input) throws IOException, ImportException {
        if (!Files.exists(input)) {
            throw new NoSuchFileException(input.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(input)) {
            throw new ImportException("not a regular file");
        }
        long size = Files.size(input);
        if (size > MAX_INPUT_BYTES) {
            throw new ImportException("too large (" + size + " bytes; the limit is " + MAX_INPUT_BYTES + ")");
        }
        return Files.readAllBytes(input);
    }

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof ImportException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof StackOverflowError) {
            return "too deeply nested to read";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
