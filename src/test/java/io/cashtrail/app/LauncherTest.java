package io.cashtrail.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.service.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void versionComesFromTheBuild() throws Exception {
        assertThat(Launcher.run(new String[] {"--version"}, new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(err, true))).isZero();
        String pom = java.nio.file.Files.readString(Path.of("pom.xml"));
        String version = pom.substring(pom.indexOf("<version>") + 9, pom.indexOf("</version>"));
        assertThat(out.toString().strip()).isEqualTo("Cashtrail " + version);
    }

    @Test
    void onlyAPlainStartOfTheWindowSkipsTheCommandLineParser() {
        assertThat(Launcher.plainGuiStart(new String[0])).contains("");
        assertThat(Launcher.plainGuiStart(new String[] {"--data-dir", "/tmp/x y"})).contains("/tmp/x y");
        assertThat(Launcher.plainGuiStart(new String[] {"--data-dir=/tmp/d"})).contains("/tmp/d");
        assertThat(Launcher.plainGuiStart(new String[] {"--data-dir", "--help"})).isEmpty();
        assertThat(Launcher.plainGuiStart(new String[] {"--data-dir="})).isEmpty();
        assertThat(Launcher.plainGuiStart(new String[] {"info"})).isEmpty();
        assertThat(Launcher.plainGuiStart(new String[] {"--data-dir", "/tmp/d", "info"})).isEmpty();
        assertThat(Launcher.plainGuiStart(new String[] {"backup.ctbackup"})).isEmpty();
        assertThat(Launcher.plainGuiStart(new String[] {"--help"})).isEmpty();
    }

    @Test
    void infoPrintsFolderSchemaAndRowCounts() {
        assertThat(run("--data-dir", dir.toString(), "info")).isZero();
        assertThat(out.toString()).contains("data_dir=" + dir.toAbsolutePath().normalize())
                .contains("schema_version=" + io.cashtrail.store.Database.SCHEMA_VERSION).contains("rows.sales_order=0").contains("rows.customer=0");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("--data-dir")).isEqualTo(2);
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo").contains("info").contains("backup").contains("restore");
    }

    @Test
    void backupThenRestoreThroughTheCommandLine() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.customers().save(io.cashtrail.domain.Customer.named("宁波港集团"));
        }
        assertThat(run("--data-dir", dir.toString(), "backup")).isZero();
        Path backup;
        try (var files = Files.list(dir.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        try (Workspace ws = Workspace.open(dir)) {
            ws.customers().save(io.cashtrail.domain.Customer.named("later"));
        }
        assertThat(run("--data-dir", dir.toString(), "restore", backup.toString())).isZero();
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.customers().all()).extracting(c -> c.name()).containsExactly("宁波港集团");
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotABackupWithOneLine() throws Exception {
        Path bogus = dir.resolve("notes.zip");
        Files.writeString(bogus, "not a zip");
        assertThat(run("--data-dir", dir.resolve("data").toString(), "restore", bogus.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(Messages.get("cli.restore.notBackup", bogus)).doesNotContain("\tat ");
        assertThat(run("--data-dir", dir.resolve("data").toString(), "restore", dir.resolve("missing.zip").toString()))
                .isEqualTo(1);
    }

    @Test
    void aFolderInUseIsRefusedWithOneHumanLine() {
        try (Workspace ignored = Workspace.open(dir)) {
            assertThat(run("--data-dir", dir.toString(), "info")).isEqualTo(1);
        }
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(err.toString()).contains(Messages.get("error.inUse", dir.toAbsolutePath().normalize()));
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFolderIsOpen() throws Exception {
        try (Workspace ignored = Workspace.open(dir)) {
            Process p = childJvm("--data-dir", dir.toString(), "info");
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(stderr).contains(dir.toAbsolutePath().normalize().toString()).doesNotContain("\tat ");
        }
        Process p = childJvm("--data-dir", dir.toString(), "info");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void aDamagedDatabaseIsReportedNotCrashedOn() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.customers().save(io.cashtrail.domain.Customer.named("x"));
        }
        Path file = dir.resolve("cashtrail.mv.db");
        Files.write(file, new byte[(int) Files.size(file)]);
        assertThat(run("--data-dir", dir.toString(), "info")).isEqualTo(1);
        assertThat(err.toString()).contains(Messages.get("error.damaged", dir.toAbsolutePath().normalize()));
        assertThat(file).exists();
    }

    @Test
    void collectionsCommandsPrintAgingForecastAndAlerts() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.loadDemoData(3);
        }
        assertThat(run("--data-dir", dir.toString(), "aging", "--as-of", "2026-11-27", "--by", "owner")).isZero();
        String aging = out.toString();
        java.math.BigDecimal sum = aging.lines().filter(l -> l.split("\t").length == 2
                && !l.startsWith(io.cashtrail.i18n.Messages.get("common.total")))
                .map(l -> io.cashtrail.i18n.Formats.parseAmount(l.split("\t")[1]))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        String totalLine = aging.lines().filter(l -> l.startsWith(io.cashtrail.i18n.Messages.get("common.total")))
                .findFirst().orElseThrow();
        assertThat(sum).isEqualByComparingTo(io.cashtrail.i18n.Formats.parseAmount(totalLine.split("\t")[1]));

        assertThat(run("--data-dir", dir.toString(), "forecast", "--months", "6", "--by", "owner")).isZero();
        assertThat(out.toString().lines().findFirst().orElseThrow().split("\t")).hasSize(10);
        assertThat(run("--data-dir", dir.toString(), "alerts", "--as-of", "2026-11-27")).isZero();
        assertThat(out.toString()).contains("HT");

        assertThat(run("--data-dir", dir.toString(), "aging", "--basis", "later")).isEqualTo(2);
        assertThat(run("--data-dir", dir.toString(), "aging", "--as-of", "2026-13-01")).isEqualTo(2);
        assertThat(run("--data-dir", dir.toString(), "forecast", "--months", "0")).isEqualTo(2);
        assertThat(run("--data-dir", dir.toString(), "forecast", "--by", "region")).isEqualTo(2);
    }

    @Test
    void dataFolderFollowsOptionThenEnvironmentThenOs() {
        assertThat(AppPaths.resolve("/x/y", java.util.Map.of("CASHTRAIL_HOME", "/h"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/y"));
        assertThat(AppPaths.resolve(null, java.util.Map.of("CASHTRAIL_HOME", "/h"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/h"));
        assertThat(AppPaths.resolve(null, java.util.Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/cashtrail"));
        assertThat(AppPaths.resolve(null, java.util.Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/xdg/cashtrail"));
        assertThat(AppPaths.resolve(null, java.util.Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Cashtrail"));
        assertThat(AppPaths.resolve(null, java.util.Map.of("APPDATA", "/appdata"), "Windows 11", "/u"))
                .isEqualTo(Path.of("/appdata/Cashtrail"));
    }

    private static Process childJvm(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dcashtrail.prefs=io/cashtrail-test");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
