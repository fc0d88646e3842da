package io.cashtrail.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class TextWidthsTest {
    private final Font font = Font.font(12);

    @Test
    void keepsTextThatFitsWhole() {
        TextWidths w = new TextWidths();
        assertThat(w.fit("HT2024-0127-01", font, 500)).isEqualTo("HT2024-0127-01");
    }

    @Test
    void shortensTextThatDoesNotFitWithAnEllipsisWithinTheWidth() {
        TextWidths w = new TextWidths();
        String name = "嘉兴港区化工新材料有限公司";
        double width = w.of("嘉兴港区化", font) + 2;
        String fitted = w.fit(name, font, width);
        assertThat(fitted).endsWith("…").startsWith("嘉兴港");
        assertThat(name).startsWith(fitted.substring(0, fitted.length() - 1));
        assertThat(w.of(fitted, font)).isLessThanOrEqualTo(width);
        assertThat(w.of(name.substring(0, fitted.length()) + "…", font)).as("the longest that fits").isGreaterThan(width);
    }

    @Test
    void theSameTextFitsEachColumnByItsOwnWidth() {
        TextWidths w = new TextWidths();
        String name = "嘉兴港区化工新材料有限公司";
        double narrow = w.of("嘉兴", font) + 2;
        double wide = w.of("嘉兴港区化工新", font) + 2;
        String inNarrow = w.fit(name, font, narrow);
        String inWide = w.fit(name, font, wide);
        assertThat(inNarrow.length()).isLessThan(inWide.length());
        assertThat(w.fit(name, font, narrow)).isEqualTo(inNarrow);
        assertThat(w.fit(name, font, wide)).isEqualTo(inWide);
    }

    @Test
    void aColumnTooNarrowForOneCharacterShowsOnlyTheEllipsis() {
        assertThat(new TextWidths().fit("中国石化", font, 1)).isEqualTo("…");
    }
}
