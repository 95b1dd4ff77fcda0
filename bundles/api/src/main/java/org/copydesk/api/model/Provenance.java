package org.copydesk.api.model;

import java.util.Objects;

/**
 * What one stage did to the article.
 *
 * @param stage   the stage name ({@code import}, {@code strip}, {@code entities}, ...)
 * @param bundle  symbolic name of the bundle that served it
 * @param version that bundle's version
 * @param millis  wall time spent
 * @param status  {@code ok}, or {@code failed} / {@code timeout} when the stage was skipped
 * @param error   what went wrong, null when ok
 */
public record Provenance(String stage, String bundle, String version, double millis, String status, String error) {
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String TIMEOUT = "timeout";

    public Provenance {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(status, "status");
    }

    public static Provenance ok(String stage, String bundle, String version, double millis) {
        return new Provenance(stage, bundle, version, millis, OK, null);
    }

    public boolean isOk() {
        return OK.equals(status);
    }
}
