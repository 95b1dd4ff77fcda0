package org.copydesk.shell.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.copydesk.boot.Command;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code copydesk shell}: the Gogo shell on this terminal, with tab completion of commands and
 * {@code help COMMAND}. Fed from a pipe instead of a terminal it runs the lines it is given, so
 * admins can script it: {@code echo pipeline:show | copydesk shell}.
 */
@Component(service = Command.class, property = Command.NAME + "=shell")
public final class ShellCommand implements Command {
    private final CommandProcessor processor;
    private final BundleContext context;

    @Activate
    public ShellCommand(@Reference CommandProcessor processor, BundleContext context) {
        this.processor = processor;
        this.context = context;
    }

    @Override
    public String summary() {
        return "shell    the Gogo shell with desk:, feature:, pipeline: and article: commands";
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return in == System.in && System.console() != null ? console(err) : script(in, out);
    }

    /** An interactive Gogo console on the system terminal: completion, history, help. */
    private int console(PrintStream err) {
        try (Terminal terminal = systemTerminal()) {
            CommandSession session = processor.createSession(terminal.input(), terminal.output(), terminal.output());
            Shell.Context shellContext = new ShellContext(context);
            session.put(Shell.VAR_CONTEXT, shellContext);
            session.put(Shell.VAR_TERMINAL, terminal);
            session.put("prompt", "copydesk> ");
            session.put(Shell.VAR_SCOPE, GogoHelp.SCOPE_PATH);
            new Shell(shellContext, processor).gosh(session, new String[] {"--login", "--noshutdown"});
            return 0;
        } catch (Exception e) {
            err.println("copydesk shell: " + e.getMessage());
            return 1;
        }
    }

    /** Lines from a pipe or file, one command each; the status is 1 if any failed. */
    private int script(InputStream in, PrintStream out) {
        int status = 0;
        try (CommandSession session = processor.createSession(in, out, out);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            session.put(Shell.VAR_SCOPE, GogoHelp.SCOPE_PATH);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                out.println("copydesk> " + line);
                try {
                    Object result = session.execute(line);
                    if (result != null) {
                        out.println(session.format(result, Converter.INSPECT));
                    }
                } catch (Exception e) {
                    out.println("error: " + e.getMessage());
                    status = 1;
                }
            }
        } catch (IOException e) {
            out.println("error: " + e.getMessage());
            return 1;
        }
        return status;
    }

    /** jline finds its terminal providers through the context class loader: give it jline's own. */
    private static Terminal systemTerminal() throws IOException {
        Thread t = Thread.currentThread();
        ClassLoader saved = t.getContextClassLoader();
        t.setContextClassLoader(TerminalBuilder.class.getClassLoader());
        try {
            return TerminalBuilder.builder().name("copydesk").system(true).build();
        } finally {
            t.setContextClassLoader(saved);
        }
    }
}
