package org.copydesk.boot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What {@code copydesk process} does to one input, offered as a service to code that drives a runtime
 * from outside the framework (the Beam job's workers): an input's bytes in, each article it holds out,
 * rendered in the formats asked for. Only JDK types cross, so the host needs no bundle's classes, and
 * an article comes out exactly as the CLI writes it for the same input and desk.
 */
@ProviderType
public interface InputProcessor {
    /** Inputs larger than this are refused rather than read into memory. */
    long MAX_INPUT_BYTES = 256L << 20;

    /** The export formats on offer now, each with the extension its files take ({@code markdown} -> {@code md}). */
    Map<String, String> formats();

    /**
     * Imports, processes and renders one input. A stage that fails is recorded in the article's
     * stages (and its provenance) and the article goes on, as in the CLI.
     *
     * @param fileName the input's base name, e.g. {@code story.html}: its extension picks the importer
     * @throws Failure when the input cannot be imported or an article cannot be rendered; nothing of it is returned
     */
    List<Output> process(String fileName, byte[] content, Options options) throws Failure;

    /**
     * What the run asks for, as {@code copydesk process} options.
     *
     * @param published overrides the publication date the importer found; null keeps it
     * @param keep      removal reasons kept in the body
     * @param formats   export formats, e.g. {@code json}, {@code markdown}
     */
    record Options(LocalDate published, Set<String> keep, List<String> formats) {
        public Options {
            keep = Set.copyOf(keep);
            formats = List.copyOf(formats);
        }
    }

    /**
     * One article.
     *
     * @param name   the base name its files take, as the CLI names them ({@code story}, {@code feed-002})
     * @param files  its rendering in each format asked for, in that order
     * @param stages what each stage did: the article's provenance, then {@code export} for the rendering
     */
    record Output(String name, Map<String, byte[]> files, List<StageRun> stages) {
        public Output {
            files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
            stages = List.copyOf(stages);
        }
    }

    /**
     * One stage's run on one article.
     *
     * @param status {@code ok}, {@code failed} or {@code timeout}
     * @param error  what went wrong, or null
     */
    record StageRun(String stage, String status, double millis, String error) {
        public boolean ok() {
            return "ok".equals(status);
        }
    }

    /** An input that gives no output: the stage is {@code import} or {@code export}; the message says why in one line. */
    final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final String stage;

        public Failure(String stage, String message, Throwable cause) {
            super(message, cause);
            this.stage = stage;
        }

        public String stage() {
            return stage;
        }
    }
}
