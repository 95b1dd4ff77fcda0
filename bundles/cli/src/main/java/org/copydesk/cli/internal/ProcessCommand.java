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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.boot.Caller;
import org.copydesk.boot.Command;
import org.copydesk.boot.InputProcessor;
import org.copydesk.cli.internal.Messages.Refusal;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code copydesk process}: runs the pipeline over files and folders and writes one output per input
 * and format. One bad input costs only its own output: it gets a one-line error naming it, and the
 * batch goes on, even past an input that ran out of memory or stack. Inputs are only ever read, and no
 * output may land on one (see {@link OutputFiles}). The threads that process inputs are the component's:
 * a batch borrows as many as {@code --threads} says, and deactivation stops them. Runs of several
 * callers at once (the warm runtime serves them) share those threads and the memory budget; each
 * reads its paths in its own caller's working folder.
 */
@Component(name = "org.copydesk.cli.process", service = Command.class, property = Command.NAME + "=process")
public final class ProcessCommand implements Command {
    /** Inputs larger than this are refused rather than read into memory. */
    static final long MAX_INPUT_BYTES = InputProcessor.MAX_INPUT_BYTES;

    /** How long a batch waits for the deploy folder's bundles to go live before it starts. */
    static final long DEPLOY_SETTLE_MILLIS = 5000;
    /** How long deactivation waits for interrupted batches to end. */
    private static final long STOP_WAIT_SECONDS = 5;
    /** How often the progress line is redrawn. */
    private static final long TICK_MILLIS = 250;
    private final Pipeline pipeline;
    private final BundleContext context;
    private final String desk;
    private final MemoryBudget memory = new MemoryBudget(Runtime.getRuntime().maxMemory());
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
        return run(Caller.thisProcess(), args, in, out, err);
    }

    @Override
    public int run(Caller caller, String[] args, InputStream in, PrintStream out, PrintStream err) {
        Path here = caller.workingFolder();
        boolean terminal = caller.stderrTerminal(); // a long batch on a terminal shows its progress
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
        Inputs inputs = Inputs.expand(o.inputs(), here);
        OutputFiles files = null;
        try {
            if (o.out() == null) {
                if (inputs.files().isEmpty()) {
                    inputs.skipped().forEach((path, why) -> err.println("copydesk: " + path + ": " + why));
                    throw new Refusal("no file to process in " + o.inputs().stream().map(Path::toString).collect(Collectors.joining(", ")));
                }
                if (inputs.files().size() != 1) {
                    throw new Refusal(inputs.files().size() + " inputs need --out DIR (one output per input)");
                }
                if (o.formats().size() > 1) {
                    throw new Refusal("--format " + String.join(",", o.formats())
                            + " gives several outputs for each article: add --out DIR, or ask for one format on standard output");
                }
            } else {
                files = OutputFiles.open(o.out(), inputs, here);
            }
        } catch (Refusal e) {
            err.println("copydesk process: " + e.getMessage());
            return 2;
        }
        DeployedBundles.awaitSettled(context, DEPLOY_SETTLE_MILLIS, err);
        ProcessContext ctx = new ProcessContext(desk, o.published(), o.keep(), Map.of());
        long t0 = System.nanoTime();
        Progress progress = new Progress(err, inputs.files().size(), terminal, System::nanoTime);
        inputs.skipped().forEach((path, why) -> {
            progress.failed.incrementAndGet();
            progress.println("copydesk: " + path + ": " + why);
        });
        final OutputFiles target = files;
        int total = inputs.files().size();
        Queue<Path> queue = new ConcurrentLinkedQueue<>(inputs.files());
        // from here the batch holds only what it has yet to do: the queue lets each path go once read
        inputs = null;
        List<Future<?>> batch = new ArrayList<>();
        try {
            // each of the batch's threads takes the next input until none is left
            for (int i = Math.min(o.threads(), Math.max(1, total)); i > 0; i--) {
                batch.add(workers.submit(() -> {
                    Path input;
                    while (!workers.isShutdown() && (input = queue.poll()) != null) {
                        try {
                            progress.articles.addAndGet(one(input, here, ctx, o.formats(), target, out));
                        } catch (ImportException | IOException | RuntimeException | InterruptedException
                                 | OutOfMemoryError | StackOverflowError e) {
                            // one input's failure, even out of memory or stack, ends only that input: what it
                            // held is unreachable once this frame is gone, and the next input starts afresh
                            progress.failed.incrementAndGet();
                            progress.println("copydesk: " + input + ": " + (e instanceof InterruptedException ? "interrupted" : Messages.describe(e)));
                            if (o.verbose()) {
                                e.printStackTrace(err);
                            }
                        }
                        progress.done.incrementAndGet();
                    }
                }));
            }
            Future<?> ticker = terminal ? workers.submit(() -> tick(progress, batch)) : null;
            for (Future<?> f : batch) {
                f.get();
            }
            if (ticker != null) {
                ticker.cancel(true);
            }
        } catch (RejectedExecutionException e) {
            err.println("copydesk process: the runtime is stopping");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("copydesk process: interrupted");
            return 1;
        } catch (ExecutionException e) {
            err.println("copydesk process: " + Messages.describe(e.getCause()));
            return 1;
        } finally {
            batch.forEach(f -> f.cancel(true)); // done already, unless the batch was cut short
            progress.finish();
        }
        if (!queue.isEmpty()) {
            err.println("copydesk process: stopped with " + queue.size() + " inputs not processed (the runtime is stopping)");
            return 1;
        }
        if (target != null) {
            err.printf("copydesk: %d inputs, %d articles, %d failed, %.2f s%n", total, progress.articles.get(),
                    progress.failed.get(), (System.nanoTime() - t0) / 1e9);
        }
        return progress.failed.get() == 0 ? 0 : 1;
    }

    /** Redraws the progress line a few times a second until the batch is done. */
    private static void tick(Progress progress, List<Future<?>> batch) {
        try {
            while (!batch.stream().allMatch(Future::isDone)) {
                progress.tick();
                Thread.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException e) {
            // the batch is over
        }
    }

    /** Processes one input; returns how many articles it gave. */
    private int one(Path input, Path here, ProcessContext ctx, List<String> formats, OutputFiles files, PrintStream out)
            throws IOException, ImportException, InterruptedException {
        Path at = here.resolve(input);
        long size = size(at, input);
        int share = memory.take(size);
        try {
            return one(input, Files.readAllBytes(at), ctx, formats, files, out);
        } finally {
            memory.give(share);
        }
    }

    private int one(Path input, byte[] bytes, ProcessContext ctx, List<String> formats, OutputFiles files, PrintStream out)
            throws IOException, ImportException {
        ImportSource src = new ImportSource(input.getFileName().toString(), bytes, null);
        List<Article> articles = pipeline.run(src, ctx);
        boolean lines = files == null && articles.size() > 1; // several articles on standard output
        if (lines && !JsonLines.isJson(pipeline.extension(formats.get(0)))) {
            throw new ImportException("gives " + articles.size() + " articles, and standard output holds one in "
                    + formats.get(0) + ": add --out DIR, or use --format json (one article a line)");
        }
        List<Rendering.Rendered> list = Rendering.render(pipeline, src.baseName(), articles, formats);
        for (Rendering.Rendered r : list) {
            for (Map.Entry<String, byte[]> f : r.files().entrySet()) {
                // several articles on standard output: JSON Lines, one compact article a line
                byte[] body = lines ? JsonLines.line(f.getValue()) : f.getValue();
                if (files == null) {
                    synchronized (out) {
                        out.write(body);
                        out.flush();
                    }
                } else {
                    files.write(files.reserve(r.name(), pipeline.extension(f.getKey())), o -> o.write(body));
                }
            }
        }
        return list.size();
    }

    /** The size of the input at {@code at}, which the caller named {@code given}. */
    private static long size(Path at, Path given) throws IOException, ImportException {
        if (!Files.exists(at)) {
            throw new NoSuchFileException(given.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(at)) {
            throw new ImportException("not a regular file");
        }
        long size = Files.size(at);
        if (size > MAX_INPUT_BYTES) {
            throw new ImportException("too large (" + size + " bytes; the limit is " + MAX_INPUT_BYTES + ")");
        }
        return size;
    }
}
