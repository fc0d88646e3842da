package io.cashtrail.importer.plan;

import io.cashtrail.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Saves the rows an import rejected as an .xlsx the user can fix and import again: the header, each
 * problem row's original cell texts and an extra column saying what is wrong (plus the sheet and
 * row it came from). Written to a temporary file and moved into place, so a failure never leaves a
 * half-written file.
 */
public final class ProblemWorkbook {
    private ProblemWorkbook() {
    }

    /** Writes the plan's PROBLEM rows to {@code target}; returns how many rows were written. */
    public static int write(ImportPlan plan, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".problems-", ".xlsx.tmp");
        List<PlannedRow> rows = plan.problems();
        int width = plan.headerNames().size();
        for (PlannedRow r : rows) {
            width = Math.max(width, r.cells().size());
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet(Messages.get("import.plan.problems.sheet"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < plan.headerNames().size(); c++) {
                head.createCell(c).setCellValue(plan.headerNames().get(c));
            }
            head.createCell(width).setCellValue(Messages.get("import.plan.problems.what"));
            head.createCell(width + 1).setCellValue(Messages.get("import.plan.problems.where"));
            int n = 1;
            for (PlannedRow r : rows) {
                Row row = sheet.createRow(n++);
                for (int c = 0; c < r.cells().size(); c++) {
                    String v = r.cells().get(c);
                    if (v != null && !v.isEmpty()) {
                        row.createCell(c).setCellValue(v);
                    }
                }
                row.createCell(width).setCellValue(r.problems().stream().filter(RowProblem::isError)
                        .map(RowProblem::describe).collect(Collectors.joining("; ")));
                row.createCell(width + 1).setCellValue(Messages.get("import.plan.problems.origin", r.sheet(), r.row()));
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            wb.dispose();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows.size();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
