package org.copydesk.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Turns names that come from the browser into paths that cannot leave their folder: no absolute
 * paths, no "..", no drive letters or backslashes, and no symbolic link that points outside.
 */
final class SafePaths {
    private static final Pattern PART = Pattern.compile("[^/\\\\:\\x00-\\x1f]{1,200}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private SafePaths() {
    }

    /** {@code relative} (slash-separated) inside {@code root}; a name that would escape it is refused. */
    static Path inside(Path root, String relative) {
        if (relative == null || relative.isBlank()) {
            return root;
        }
        Path p = root;
        for (String part : relative.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || !PART.matcher(part).matches()) {
                throw new IllegalArgumentException("not a path inside the workspace: " + relative);
            }
            p = p.resolve(part);
        }
        p = p.normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("not a path inside the workspace: " + relative);
        }
        // a name not there yet is checked by the part that is: a link on the way may lead outside
        Path existing = p;
        while (!existing.equals(root) && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            if (!existing.toRealPath().startsWith(root.toRealPath())) {
                throw new IllegalArgumentException("a link that leads outside the workspace: " + relative);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + relative + ": " + e.getMessage());
        }
        return p;
    }

    /** An article id as the workspace makes them. */
    static String id(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException("no article '" + id + "'");
        }
        return id;
    }

    /** A file name made safe to keep: path parts and odd characters go. */
    static String fileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1f:]", "_");
        if (base.isBlank() || base.equals(".") || base.equals("..")) {
            return "unnamed";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
