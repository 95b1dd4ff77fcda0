package org.copydesk.cli.internal;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The command line's inputs, expanded: files as given, folders to the regular files below them in
 * name order (symbolic links followed). What a folder holds but cannot be read (a link loop, a broken
 * link, a folder without permission) is a skipped entry with the reason, so nothing goes unsaid.
 * Paths stay as the caller wrote them (relative ones are read in the caller's working folder), so
 * messages name them the way the caller did.
 *
 * @param files   the files to process, in order
 * @param folders the folders given (their real paths), which no output may land in
 * @param skipped what was left out, with why, in name order
 */
record Inputs(List<Path> files, List<Path> folders, Map<Path, String> skipped) {

    static Inputs expand(List<Path> given, Path workingFolder) {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Map<Path, String> skipped = new TreeMap<>();
        for (Path p : given) {
            Path at = workingFolder.resolve(p);
            if (!Files.isDirectory(at)) {
                files.add(p); // a missing or unreadable file is that input's own failure when it is read
                continue;
            }
            try {
                folders.add(at.toRealPath());
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(at, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(at) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (hidden(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isRegularFile()) {
                            found.add(given(file));
                        } else if (attrs.isSymbolicLink()) {
                            // a link the walk could not follow: it points nowhere, or round in a circle
                            skipped.put(given(file), "skipped: a symbolic link that leads to no file (broken, or a loop)");
                        } else {
                            skipped.put(given(file), "skipped: not a regular file");
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        skipped.put(given(file), e instanceof FileSystemLoopException
                                ? "skipped: a symbolic link loop (it leads back to a folder above it)"
                                : "skipped: cannot be read (" + Messages.reason(e) + ")");
                        return FileVisitResult.CONTINUE;
                    }

                    /** A file found below the folder, named from the folder as the caller wrote it. */
                    private Path given(Path file) {
                        return p.resolve(at.relativize(file));
                    }
                });
                found.sort(null);
                files.addAll(found);
            } catch (IOException e) {
                skipped.put(p, "cannot be read (" + Messages.reason(e) + ")");
            }
        }
        return new Inputs(files, folders, skipped);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
