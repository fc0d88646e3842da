package io.cashtrail.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to break parsers: external entities, zip bombs; and a message for every refusal. */
class HostileFilesTest {
    @TempDir
    Path dir;

    private Path xlsx() throws Exception {
        Path f = dir.resolve("base.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("ok");
            wb.write(out);
        }
        return f;
    }

    /** Copies a zip, replacing the content of one entry. */
    private Path rewrite(Path source, String name, String entry, UnaryOperator<String> change) throws Exception {
        Path target = dir.resolve(name);
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    byte[] bytes = data.readAllBytes();
                    if (e.getName().equals(entry)) {
                        bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        Path evil = rewrite(xlsx(), "xxe.xlsx", "xl/sharedStrings.xml", xml -> xml
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                .replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><sst")
                .replace(">ok<", ">&xxe;<"));
        assertThat(Files.readString(evil.resolveSibling("secret.txt"))).isEqualTo("TOPSECRET");
        try {
            List<SheetRow> rows = ReadHelper.rows(evil, 0);
            assertThat(rows.toString()).doesNotContain("TOPSECRET");
        } catch (ImportRefusedException e) {
            assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
        }
    }

    @Test
    void entityExpansionBombsAreRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">");
        for (char c = 'b'; c <= 'k'; c++) {
            String prev = String.valueOf((char) (c - 1));
            dtd.append("<!ENTITY ").append(c).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        Path evil = rewrite(xlsx(), "lol.xlsx", "xl/sharedStrings.xml", xml -> xml
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                .replaceFirst("<sst", dtd + "<sst").replace(">ok<", ">&k;<"));
        assertThat(SpreadsheetsTest.refusal(evil, null)).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void zipBombsAreRefused() throws Exception {
        String padding = " ".repeat(40 * 1024 * 1024);
        Path bomb = rewrite(xlsx(), "bomb.xlsx", "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData>", "<sheetData>" + padding));
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThat(SpreadsheetsTest.refusal(bomb, null)).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void deeplyNestedXmlDoesNotCrash() throws Exception {
        String deep = "<a>".repeat(300_000) + "</a>".repeat(300_000);
        Path nested = rewrite(xlsx(), "nested.xlsx", "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData>", "<sheetData>" + deep));
        Reason r = SpreadsheetsTest.refusal(nested, null);
        assertThat(r == null || r == Reason.DAMAGED).as(String.valueOf(r)).isTrue();
    }

    @Test
    void everyRefusalReasonHasAMessageInBothLanguages() throws Exception {
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/io/cashtrail/" + bundle)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Reason r : Reason.values()) {
                String key = "import.refused." + r.name().toLowerCase(java.util.Locale.ROOT);
                assertThat(p.getProperty(key)).as(bundle + " " + key).isNotBlank();
            }
        }
    }
}
