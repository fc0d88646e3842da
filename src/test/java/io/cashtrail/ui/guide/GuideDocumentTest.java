package io.cashtrail.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.cashtrail.ui.guide.GuideDocument.Heading;
import io.cashtrail.ui.guide.GuideDocument.Image;
import io.cashtrail.ui.guide.GuideDocument.ListItem;
import io.cashtrail.ui.guide.GuideDocument.Paragraph;
import io.cashtrail.ui.guide.GuideDocument.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The markdown subset of the guide is read as the viewer needs it, and the two guides under
 * docs/guide are complete: the same chapters and pictures in both languages, every picture present.
 */
class GuideDocumentTest {

    @Test
    void readsHeadingsParagraphsListsImagesAndTablesAndDropsComments() {
        GuideDocument doc = GuideDocument.parse("""
                # Title

                First line
                second line.
                <!-- verify after merge: a note
                for the maintainers -->
                ## 1. Chapter
                - one
                  continued
                  - nested
                2. numbered

                ![A picture](images/en/x.png)

                | Keys | What |
                |---|---|
                | Ctrl+N | New order |
                ---
                中文第一行
                **粗体**第二行
                """);
        assertThat(doc.blocks()).containsExactly(
                new Heading(1, "Title"),
                new Paragraph("First line second line."),
                new Heading(2, "1. Chapter"),
                new ListItem("•", 0, "one continued"),
                new ListItem("•", 1, "nested"),
                new ListItem("2.", 0, "numbered"),
                new Image("A picture", "images/en/x.png"),
                new Table(List.of(List.of("Keys", "What"), List.of("Ctrl+N", "New order"))),
                new Paragraph("中文第一行**粗体**第二行"));
        assertThat(doc.headings()).extracting(Heading::text).containsExactly("Title", "1. Chapter");
    }

    @Test
    void bothGuidesHaveTheSameChaptersAndPicturesAndEveryPictureExists() throws Exception {
        GuideDocument zh = GuideDocument.parse(Files.readString(Path.of("docs/guide/zh_CN.md")));
        GuideDocument en = GuideDocument.parse(Files.readString(Path.of("docs/guide/en.md")));
        assertThat(levels(zh, 2)).isEqualTo(levels(en, 2)).isEqualTo(9);
        List<String> zhImages = images(zh);
        List<String> enImages = images(en);
        assertThat(zhImages).isNotEmpty();
        assertThat(zhImages.stream().map(p -> p.replace("images/zh/", "images/en/")).toList()).isEqualTo(enImages);
        for (String p : zhImages) {
            assertThat(Path.of("docs/guide", p)).as(p).isRegularFile();
        }
        for (String p : enImages) {
            assertThat(Path.of("docs/guide", p)).as(p).isRegularFile();
        }
    }

    private static long levels(GuideDocument d, int level) {
        return d.headings().stream().filter(h -> h.level() == level).count();
    }

    private static List<String> images(GuideDocument d) {
        return d.blocks().stream().filter(Image.class::isInstance).map(b -> ((Image) b).path()).toList();
    }
}
