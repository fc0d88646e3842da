package io.cashtrail.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** The binary stylesheet the build writes is there and says what cashtrail.css says. */
class BinaryStylesheetTest {
    @Test
    void theBinaryStylesheetMatchesTheText() throws Exception {
        URL css = getClass().getResource("/io/cashtrail/ui/cashtrail.css");
        URL bss = getClass().getResource("/io/cashtrail/ui/cashtrail.bss");
        assertThat(bss).as("cashtrail.bss beside cashtrail.css (written at process-classes)").isNotNull();
        List<String> text = rules(new CssParser().parse(css));
        List<String> binary = rules(Stylesheet.loadBinary(bss));
        assertThat(text).isNotEmpty();
        assertThat(binary).isEqualTo(text);
    }

    private static List<String> rules(Stylesheet s) {
        // selectors and the properties they set (values print with parser state that differs)
        return s.getRules().stream().map(BinaryStylesheetTest::describe).toList();
    }

    private static String describe(Rule r) {
        return r.getSelectors() + " " + r.getDeclarations().stream().map(d -> d.getProperty()).toList();
    }
}
