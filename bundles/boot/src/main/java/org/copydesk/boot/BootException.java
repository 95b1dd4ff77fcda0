package org.copydesk.boot;

/** A desk or feature cannot be used; the message names the file and what is wrong in it. */
public class BootException extends Exception {
    private static final long serialVersionUID = 1L;

    public BootException(String message) {
        super(message);
    }

    public BootException(String message, Throwable cause) {
        super(message, cause);
    }
}
