package io.cashtrail.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cashtrail.domain.Customer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup folder and count stored with the data; a damaged database still finds backups in a chosen folder. */
class BackupSettingsTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheBackupsFolderAndTen() {
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            assertThat(ws.settings().backupFolder()).isEqualTo(dir.resolve("data/backups").toAbsolutePath());
            assertThat(ws.settings().backupFolderChosen()).isFalse();
            assertThat(ws.settings().backupsKept()).isEqualTo(10);
        }
    }

    @Test
    void aChosenFolderAndCountAreUsedAndKeptAcrossOpens() throws Exception {
        Path folder = dir.resolve("nas/cashtrail");
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            ws.customers().save(Customer.named("客户甲"));
            ws.settings().setBackupFolder(folder);
            ws.settings().setBackupsKept(2);
            for (int i = 0; i < 4; i++) {
                ws.backup("manual");
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(p -> p.toString().endsWith(io.cashtrail.service.Maintenance.BACKUP_EXTENSION))).hasSize(2);
        }
        assertThat(Files.exists(dir.resolve("data/backups"))).isFalse();
        assertThat(Maintenance.newestBackup(dir.resolve("data"))).get().satisfies(p -> assertThat(p.getParent())
                .isEqualTo(folder.toAbsolutePath().normalize()));
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            assertThat(ws.backupFolder()).isEqualTo(folder.toAbsolutePath().normalize());
            assertThat(ws.settings().backupsKept()).isEqualTo(2);
            ws.settings().setBackupFolder(null);
            assertThat(ws.backupFolder()).isEqualTo(ws.dataDir().resolve("backups"));
        }
    }

    @Test
    void aFolderThatCannotBeWrittenOrABadCountIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            assertThatThrownBy(() -> ws.settings().setBackupFolder(file)).isInstanceOfSatisfying(
                    ValidationException.class, e -> assertThat(e.result().errors()).singleElement()
                            .satisfies(i -> assertThat(i.field()).isEqualTo("backupFolder")));
            assertThatThrownBy(() -> ws.settings().setBackupsKept(0)).isInstanceOf(ValidationException.class);
            assertThat(ws.settings().backupFolderChosen()).isFalse();
            assertThat(ws.settings().backupsKept()).isEqualTo(10);
        }
    }
}
