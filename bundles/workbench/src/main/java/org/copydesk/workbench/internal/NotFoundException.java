package org.copydesk.workbench.internal;

/**
 * What a call names is not in the workspace: an article, its original, an inbox file, an import job.
 * An IllegalArgumentException, as {@link org.copydesk.api.workbench.Workspace} promises for an unknown id.
 */
final class NotFoundException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotFoundException(String message) {
        super(message);
    }
}
