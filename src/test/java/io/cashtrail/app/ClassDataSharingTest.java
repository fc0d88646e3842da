package io.cashtrail.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {
    @TempDir
    Path dir;

    @Test
    void findsTheArchiveOptionTheLastOneWinning() {
        assertThat(ClassDataSharing.archiveOption(List.of("-Xmx1g", "-XX:SharedArchiveFile=/opt/a.jsa")))
                .contains(Path.of("/opt/a.jsa"));
        assertThat(ClassDataSharing.archiveOption(List.of("-XX:SharedArchiveFile=a.jsa", "-XX:SharedArchiveFile=b.jsa")))
                .contains(Path.of("b.jsa"));
        assertThat(ClassDataSharing.archiveOption(List.of("-Xmx1g", "-XX:SharedArchiveFile="))).isEqualTo(Optional.empty());
    }

    @Test
    void anArchiveMadeFromTheClassListIsMappedByAJvmWithTheSameJars() throws Exception {
        Path jar = jarOf(picocli.CommandLine.class);
        Path list = dir.resolve("classes.lst");
        Files.writeString(list, "java/lang/Object id: 1\npicocli/CommandLine\npicocli/CommandLine$Model$CommandSpec\n");
        Path archive = dir.resolve("app.jsa");

        ClassDataSharing.dump(list, archive, jar.toString());

        assertThat(archive).isRegularFile();
        assertThat(dir.resolve("app.jsa.tmp")).doesNotExist();
        assertThat(vmInfo("-XX:SharedArchiveFile=" + archive, "-cp", jar.toString())).contains("sharing");
        // another class path: the JVM starts without it, silently (and the app would write it again)
        assertThat(vmInfo("-XX:SharedArchiveFile=" + archive, "-cp", dir.toString())).doesNotContain("sharing");
    }

    @Test
    void aFailedDumpLeavesNoFileAndSaysSo() throws Exception {
        Path list = dir.resolve("missing.lst"); // e.g. removed from the install folder
        Path archive = dir.resolve("app.jsa");

        assertThatThrownBy(() -> ClassDataSharing.dump(list, archive, jarOf(picocli.CommandLine.class).toString()))
                .isInstanceOf(IOException.class).hasMessageContaining("failed");
        assertThat(archive).doesNotExist();
        assertThat(dir.resolve("app.jsa.tmp")).doesNotExist();
    }

    private static Path jarOf(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String vmInfo(String... options) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("-XshowSettings:properties", "-version"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().filter(l -> l.contains("java.vm.info")).findFirst().orElse("");
    }
}
