package io.cashtrail.app;

import io.cashtrail.i18n.Messages;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code class-data} (hidden): writes the class-data archive of a faster start now, for the
 * package's launcher, which names it (see {@link ClassDataSharing}). The Linux package runs it after
 * installing, where the app itself cannot write its folder; elsewhere the GUI writes it on its first
 * start. Exit 1 with a message when the launcher names no archive or the archive cannot be written.
 */
@Command(name = "class-data", hidden = true,
        description = "Write the class-data archive the package's launcher names (a faster start).")
final class ClassDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String list = System.getProperty(ClassDataSharing.CLASS_LIST);
        Optional<Path> archive = ClassDataSharing.archiveOption(ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (list == null || archive.isEmpty()) {
            spec.commandLine().getErr().println(Messages.get("cli.classData.notPackaged"));
            return 1;
        }
        ClassDataSharing.dump(Path.of(list), archive.get(), System.getProperty("java.class.path"));
        spec.commandLine().getOut().println(Messages.get("cli.classData.written", archive.get()));
        return 0;
    }
}
