package org.copydesk.shell.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.copydesk.boot.Command;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code article:process}: the CLI's process command, run inside the shell. */
@Component(service = ArticleCommands.class, property = {"osgi.command.scope=article", "osgi.command.function=process"})
public final class ArticleCommands {
    private final Command process;

    @Activate
    public ArticleCommands(@Reference(target = "(" + Command.NAME + "=process)") Command process) {
        this.process = process;
    }

    @Descriptor("process files through the pipeline, as 'copydesk process' does (see article:process --help)")
    public void process(@Descriptor("[--format F] [--out DIR] [--published D] FILE...") String[] args) {
        List<String> all = new ArrayList<>();
        all.add("process");
        all.addAll(List.of(args));
        int status = process.run(all.toArray(new String[0]), InputStream.nullInputStream(), System.out, System.out);
        if (status != 0) {
            System.out.println("(exit status " + status + ")");
        }
    }
}
