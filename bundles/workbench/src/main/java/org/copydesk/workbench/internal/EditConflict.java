package org.copydesk.workbench.internal;

/**
 * A write based on an older version of an article that clashes with what changed since: it is
 * refused (409), and the editor is shown the newer version. Nothing is applied.
 */
final class EditConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EditConflict(String message) {
        super(message);
    }
}
