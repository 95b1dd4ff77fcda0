package org.copydesk.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copydesk.api.stage.ImportSource;

import org.copydesk.cli.internal.Messages.Refusal;

/**
 * Output files of one run: named after the input's base name, unique within the run, and written
 * through a temporary file that is renamed into place, so no reader ever sees half a file.
 *
 * <p>Inputs are never written. The output folder may not be an input folder or lie inside one (refused
 * before anything is written), and an output never takes the name of an input that sits in the output
 * folder: it gets the next free suffix ({@code a.json} read from {@code out/} is written as
 * {@code out/a-2.json}).
 *
 * <p>Inputs of one base name ({@code a/story.html}, {@code b/story.html}) get their stems in the order
 * given, before any is processed: the first {@code story}, the next {@code story-2}. Names reserved as the
 * batch's threads finish would otherwise hand the -2 to whichever input finished first.
 *
 * <p>The folder is named as the caller wrote it; a relative one lies in the caller's working folder.
 */
final class OutputFiles {
    private final Path dir;
    private final Path workingFolder;
    private final Set<String> used = new HashSet<>();
    /** The stem of each input whose stem is not its own base name (a later input of a base name already given). */
    private final Map<Path, String> renamed;

    private OutputFiles(Path dir, Path workingFolder, Map<Path, String> renamed) {
        this.dir = dir;
        this.workingFolder = workingFolder;
        this.renamed = renamed;
    }

    /** Checks the output folder against the inputs, creates it, and reserves the names of inputs already in it. */
    static OutputFiles open(Path dir, Inputs inputs, Path workingFolder) throws Refusal {
        Path at = workingFolder.resolve(dir);
        if (Files.exists(at) && !Files.isDirectory(at)) {
            throw new Refusal("--out " + dir + " is a file, not a folder: give a folder for the outputs");
        }
        Path real = realish(at);
        for (Path folder : inputs.folders()) {
            if (real.startsWith(folder)) {
                throw new Refusal("--out " + dir + (real.equals(folder) ? " is" : " lies inside") + " the input folder " + folder
                        + ": outputs would land among the inputs; give an output folder outside it");
            }
        }
        try {
            Files.createDirectories(at);
        } catch (IOException e) {
            throw new Refusal("cannot create the output folder " + dir + ": " + Messages.reason(e));
        }
        if (!Files.isWritable(at)) {
            throw new Refusal("cannot write into the output folder " + dir + ": permission denied");
        }
        OutputFiles files = new OutputFiles(dir, workingFolder, stems(inputs.files()));
        for (Path input : inputs.files()) {
            try {
                Path r = workingFolder.resolve(input).toRealPath();
                if (real.equals(r.getParent())) {
                    files.used.add(r.getFileName().toString());
                }
            } catch (IOException e) {
                // a missing input fails when it is read; it has no name to protect
            }
        }
        return files;
    }

    /**
     * The later inputs of a base name given already, each with the first free stem {@code base-k} that is
     * neither another stem nor the base name of any input (so {@code story-2.html}, given after two
     * {@code story.html}, keeps {@code story-2}).
     */
    private static Map<Path, String> stems(List<Path> inputs) {
        Set<String> bases = new HashSet<>();
        inputs.forEach(input -> bases.add(baseName(input)));
        Set<String> taken = new HashSet<>();
        Map<Path, String> renamed = new HashMap<>();
        for (Path input : inputs) {
            String base = baseName(input);
            if (taken.add(base)) {
                continue;
            }
            int k = 2;
            while (bases.contains(base + "-" + k) || !taken.add(base + "-" + k)) {
                k++;
            }
            renamed.put(input, base + "-" + k);
        }
        return renamed;
    }

    private static String baseName(Path input) {
        return new ImportSource(input.getFileName().toString(), new byte[0], null).baseName();
    }

    /** The stem of the names of this input's outputs: its base name, unless an earlier input had it. */
    String stem(Path input) {
        return renamed.getOrDefault(input, baseName(input));
    }

    /** The real path of a folder that may not exist yet: its nearest existing ancestor's, and the rest as given. */
    private static Path realish(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    /** Reserves the name for {@code stem.ext}, adding -2, -3 ... when an earlier output or an input took it. */
    synchronized Path reserve(String stem, String ext) {
        String name = stem + "." + ext;
        for (int k = 2; !used.add(name); k++) {
            name = stem + "-" + k + "." + ext;
        }
        return dir.resolve(name);
    }

    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file {@link #reserve} named, in the caller's working folder when the name is relative. */
    void write(Path reserved, Body body) throws IOException {
        writeAtomically(reserved, workingFolder, body);
    }

    /** Writes the file whole or not at all; a failure names the output as given, never the temporary file. */
    static void writeAtomically(Path target, Path workingFolder, Body body) throws IOException {
        // not createTempFile: its owner-only permissions would stay on the output
        Path at = workingFolder.resolve(target);
        Path tmp = at.resolveSibling("." + at.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            try {
                Files.move(tmp, at, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, at, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + target + ": " + Messages.reason(e), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // there was never a temporary file to remove, or the folder refuses: the cause above says why
            }
        }
    }
}
