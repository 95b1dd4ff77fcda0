package org.copydesk.launcher;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;

/**
 * How much work a {@code process} command's inputs are, estimated from the number and size of their
 * files before any is read, and whether that is enough for the full JIT to pay for itself.
 *
 * <p>Under the client compiler a batch costs about {@link #FILE_MICROS} of CPU per input file and
 * {@link #MB_MICROS} per megabyte: fitted to the 990 extraction dev pages (139 MB, 10.2 s of CPU after
 * the JVM's start) and to 20,000 plain-text articles of 2 KB (about 48 s). The full tiered JIT first
 * costs more (its optimising compiler works beside the lanes on two cores, and methods run profiled
 * code until it is done) and then less; it wins once a batch is worth {@link #FULL_JIT_MICROS} of
 * client-compiler CPU (docs/benchmarks.md, perf18c), on two cores; {@link #FULL_JIT_ENV} moves that
 * threshold (a machine of more cores, where the optimising compiler's threads cost less, or a test).
 */
final class BatchWork {
    static final long FILE_MICROS = 2_400;
    static final long MB_MICROS = 57_000;
    static final long FULL_JIT_MICROS = 100_000_000;
    /** Environment: the estimated seconds of client-compiler work from which a batch gets the full JIT. */
    static final String FULL_JIT_ENV = "COPYDESK_FULL_JIT_SECONDS";
    /**
     * A batch of at least this much work that comes to the client compiler's runtime once it has served
     * the full JIT's threshold goes to the batch runtime instead: the desk evidently runs batches, and the
     * full JIT's cold start, paid by that one batch, comes back within a few more.
     */
    static final long HANDOVER_MICROS = 5_000_000;
    /** {@code process}'s options that take a value: the value is no input. */
    private static final Set<String> WITH_VALUE = Set.of("--desk", "--entities-model", "--published", "--format", "--keep",
            "--out", "--threads");

    private BatchWork() {
    }

    /**
     * The full JIT's threshold in microseconds: {@link #FULL_JIT_ENV}'s seconds, else {@link #FULL_JIT_MICROS}.
     * A value that is no number of seconds is refused with a message, and the default used.
     */
    static long fullJitMicros(Map<String, String> env) {
        String v = env.getOrDefault(FULL_JIT_ENV, "").trim();
        if (v.isEmpty()) {
            return FULL_JIT_MICROS;
        }
        if (v.matches("\\d{1,9}(\\.\\d{1,6})?")) {
            return new BigDecimal(v).movePointRight(6).longValue();
        }
        System.err.println("copydesk: " + FULL_JIT_ENV + "=" + v + " is no number of seconds; the full JIT's threshold stays "
                + FULL_JIT_MICROS / 1_000_000 + " s");
        return FULL_JIT_MICROS;
    }

    /** Whether the inputs of this {@code process} line (relative to {@code cwd}) are a batch of at least {@code threshold}. */
    static boolean fullJitPays(String[] args, Path cwd, long threshold) {
        return micros(args, cwd, threshold) >= threshold;
    }

    /** Whether a runtime of the client compiler that has served this much work, of this threshold, hands this command over. */
    static boolean handsOver(long served, long threshold, long command) {
        return served >= threshold && command >= HANDOVER_MICROS;
    }

    /**
     * The work a runtime of the client compiler with this hand-over threshold counts for a command line:
     * counted no further than {@link #handsOver} looks (the threshold, or a hand-over batch's size when
     * that is more), so a batch of any size costs the runtime a bounded walk before it runs.
     */
    static long handOverCount(String[] args, Path cwd, long threshold) {
        return micros(args, cwd, Math.max(threshold, HANDOVER_MICROS));
    }

    /**
     * The estimated client-compiler CPU of the line's inputs in microseconds, counted until it reaches
     * {@code enough} (a batch's folders are not walked to the end only to say it is big). Files that
     * cannot be read count for nothing: the command itself names them.
     */
    static long micros(String[] args, Path cwd, long enough) {
        long[] sum = {0};
        boolean command = false;
        for (int i = 0; i < args.length && sum[0] < enough; i++) {
            String a = args[i];
            if (WITH_VALUE.contains(a)) {
                i++;
            } else if (a.startsWith("-")) {
                continue;
            } else if (!command) {
                command = true; // the command's own name
            } else {
                add(cwd.resolve(a), sum, enough);
            }
        }
        return sum[0];
    }

    private static void add(Path input, long[] sum, long enough) {
        try {
            BasicFileAttributes one = Files.readAttributes(input, BasicFileAttributes.class);
            if (!one.isDirectory()) {
                sum[0] += one.isRegularFile() ? micros(one) : 0; // one article: no walker to load
                return;
            }
            Files.walkFileTree(input, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        sum[0] += micros(attrs);
                    }
                    return sum[0] >= enough ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // unreadable: counts for nothing
        }
    }

    private static long micros(BasicFileAttributes file) {
        return FILE_MICROS + file.size() * MB_MICROS / 1_000_000;
    }
}
