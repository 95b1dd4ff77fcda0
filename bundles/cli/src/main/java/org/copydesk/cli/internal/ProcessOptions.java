package org.copydesk.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The options of {@code copydesk process}, parsed; a bad option is an IllegalArgumentException saying why. */
record ProcessOptions(LocalDate published, List<String> formats, Path out, Set<String> keep, int threads,
                      List<Path> inputs, boolean help, boolean verbose) {
    static final String USAGE = """
            usage: copydesk process [--desk NAME] [--published YYYY-MM-DD] [--format FMT[,FMT...]]
                                    [--keep REASON[,REASON...]] [--out DIR] [--threads N] [--verbose] INPUT...
              INPUT       files or folders (folders are read recursively)
              --desk      the desk whose features and settings run (default: default)
              --published the publication date, overriding what the importer found
              --format    json (default), markdown, or any installed exporter; several with commas
              --keep      removal reasons to keep in the body, e.g. related,social
              --out       write one file per input and format into DIR (input base name + extension);
                          DIR may not be an input folder or lie inside one, and no output takes
                          the name of an input in DIR (it gets -2); without --out, one input is
                          written to standard output, several articles as JSON Lines
              --threads   articles processed at once (default: the number of processors)
              --verbose   a stack trace under each error line
            An input that fails gets a one-line error; the others go on; the exit status is 1 if any failed.""";

    static ProcessOptions parse(String[] args) {
        LocalDate published = null;
        List<String> formats = new ArrayList<>();
        Path out = null;
        Set<String> keep = new LinkedHashSet<>();
        int threads = Runtime.getRuntime().availableProcessors();
        List<Path> inputs = new ArrayList<>();
        boolean help = false;
        boolean verbose = false;
        boolean command = false; // the launcher hands over its whole line: the first bare word is "process"
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "process" -> {
                    if (command) {
                        inputs.add(Path.of(a));
                    }
                    command = true;
                }
                case "-h", "--help" -> help = true;
                case "--verbose" -> verbose = true;
                case "--desk" -> value(args, ++i, a); // the launcher has used it already
                case "--published" -> {
                    String v = value(args, ++i, a);
                    try {
                        published = LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--published '" + v + "' is not a date (YYYY-MM-DD)");
                    }
                }
                case "--format" -> split(value(args, ++i, a), formats);
                case "--keep" -> split(value(args, ++i, a), keep);
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--threads" -> {
                    String v = value(args, ++i, a);
                    try {
                        threads = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        threads = 0;
                    }
                    if (threads < 1) {
                        throw new IllegalArgumentException("--threads '" + v + "' is not a positive number");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(Path.of(a));
                    command = true;
                }
            }
        }
        if (formats.isEmpty()) {
            formats.add("json");
        }
        if (!help && inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        return new ProcessOptions(published, List.copyOf(formats), out, keep, threads, inputs, help, verbose);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void split(String v, java.util.Collection<String> into) {
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                into.add(s.trim());
            }
        }
    }
}
