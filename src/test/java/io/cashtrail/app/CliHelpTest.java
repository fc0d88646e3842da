package io.cashtrail.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** --help comes in the user's language: every command and option has its Chinese text. */
class CliHelpTest {
    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    @Test
    void everyCommandAndOptionIsDescribedInChinese() {
        Messages.use(Messages.CHINESE);
        List<String> missing = new ArrayList<>();
        walk(Launcher.commandLine().getCommandSpec(), missing);
        assertThat(missing).isEmpty();
    }

    @Test
    void theHelpPrintsInTheChosenLanguage() {
        Messages.use(Messages.CHINESE);
        assertThat(help("report", "aging", "--help")).contains("用法：").contains("账龄计算日（默认今天）");
        Messages.use(Messages.ENGLISH);
        assertThat(help("report", "aging", "--help")).contains("Usage:").contains("Aging date (default today)");
    }

    private static String help(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Launcher.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.execute(args);
        return out.toString();
    }

    private static void walk(CommandSpec spec, List<String> missing) {
        String name = spec.qualifiedName();
        if (!chinese(String.join(" ", spec.usageMessage().description()))) {
            missing.add(name + ": description");
        }
        for (ArgSpec a : spec.args()) {
            if (!chinese(String.join(" ", a.description()))) {
                missing.add(name + ": " + (a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName()
                        : a.paramLabel()));
            }
        }
        spec.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), missing));
    }

    private static boolean chinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
