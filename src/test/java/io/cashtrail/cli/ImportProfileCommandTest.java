package io.cashtrail.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.i18n.Messages;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.plan.LedgerWorkbooks;
import io.cashtrail.service.ImportFile;
import io.cashtrail.service.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `import FILE --profile NAME` maps with a saved profile; an unknown name is refused; a fitting profile applies by itself. */
class ImportProfileCommandTest extends CliCase {

    @Test
    void anUnknownProfileIsRefusedAndAKnownOrFittingOneApplies() throws Exception {
        Path file = LedgerWorkbooks.ledger(dir, "台账.xlsx", false);
        assertThat(run("import", file.toString(), "--profile", "月报", "--dry-run")).isEqualTo(1);
        assertThat(err.toString().strip()).contains("月报").doesNotContain("\n").doesNotContain("Exception");

        try (Workspace ws = Workspace.open(dir.resolve("data")); ImportFile f = ws.imports().open(file, null)) {
            SheetAnalysis a = ws.imports().setUp(f, 0, null, null, () -> false).analysis();
            ws.imports().saveProfile("月报", a.withMapping(a.mapping().with(11, null)), RecordKind.CONTRACT_LEDGER);
        }
        assertThat(run("import", file.toString(), "--profile", "月报", "--dry-run")).isZero();
        assertThat(out.toString()).contains(Messages.get("importwiz.cli.profileApplied", "月报"));

        assertThat(run("import", file.toString())).isZero();
        assertThat(out.toString()).contains(Messages.get("importwiz.cli.profileApplied", "月报"));
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            assertThat(ws.imports().history().get(0).profile()).isEqualTo("月报");
        }
        assertThat(run("imports")).isZero();
        assertThat(out.toString()).contains("月报");
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
        }
        assertThat(run("import", file.toString(), "--profile", "别的")).isEqualTo(1);
        assertThat(err.toString()).contains("别的").contains("月报");
    }
}
