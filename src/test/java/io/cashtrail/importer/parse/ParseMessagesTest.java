package io.cashtrail.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ParseMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ParseMessagesTest.class.getResourceAsStream("/io/cashtrail/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyThePackageUsesIsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            keys.add(f.messageKey());
        }
        for (RecordKind k : RecordKind.values()) {
            keys.add(k.messageKey());
        }
        for (RowKind k : RowKind.values()) {
            keys.add(k.messageKey());
        }
        for (DateOrder o : DateOrder.values()) {
            keys.add(o.messageKey());
        }
        Pattern literal = Pattern.compile("\"(import\\.problem\\.[A-Za-z]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/cashtrail/importer/parse"))) {
            for (Path f : files.toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).contains("import.problem.notDate", "import.problem.notAmount");
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties p = load(bundle);
            assertThat(keys).as(bundle).allSatisfy(k -> assertThat(p.getProperty(k)).as(k).isNotBlank());
        }
    }
}
