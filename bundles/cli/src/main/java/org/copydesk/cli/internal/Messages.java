package org.copydesk.cli.internal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.copydesk.api.stage.ImportException;

/** What went wrong with one input, in a reader's words and on one line. */
final class Messages {
    private Messages() {
    }

    static String describe(Throwable e) {
        if (e instanceof ImportException || e instanceof IllegalArgumentException || e instanceof Refusal) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory on this input (the heap holds at most " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB; give more with COPYDESK_JAVA_OPTS=-Xmx..., or split the input); the batch goes on";
        }
        if (e instanceof StackOverflowError) {
            return "too deeply nested to read (the stack ran out)";
        }
        if (e instanceof FileSystemException f) {
            return reason(f);
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
    }

    /** The reason of a file system error, without the path it names (the caller names it). */
    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return oneLine(f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A reason a whole run is refused before anything is written. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }
}
