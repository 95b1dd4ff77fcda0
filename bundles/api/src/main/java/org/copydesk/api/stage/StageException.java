package org.copydesk.api.stage;

/** A stage could not process an article; the pipeline records it and goes on without that stage. */
public class StageException extends Exception {
    private static final long serialVersionUID = 1L;

    public StageException(String message) {
        super(message);
    }

    public StageException(String message, Throwable cause) {
        super(message, cause);
    }
}
