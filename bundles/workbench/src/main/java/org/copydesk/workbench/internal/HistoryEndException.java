package org.copydesk.workbench.internal;

/** An undo with no version before the current one, or a redo with none after it. */
final class HistoryEndException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    HistoryEndException(String message) {
        super(message);
    }
}
