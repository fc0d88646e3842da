package io.cashtrail.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide's markdown, read into blocks the in-app viewer lays out: headings, paragraphs,
 * bullet and numbered lists, images, pipe tables, quotes and code. Only the subset the guide uses
 * (docs/guide/*.md); HTML comments (notes for the maintainers) are dropped.
 */
public final class GuideDocument {
    /** One block of the guide. */
    public sealed interface Block permits Heading, Paragraph, ListItem, Image, Table, Quote, Code {
    }

    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A list item; {@code marker} is "•" or the number ("1."), {@code depth} 0 for the outer list. */
    public record ListItem(String marker, int depth, String text) implements Block {
    }

    public record Image(String alt, String path) implements Block {
    }

    public record Table(List<List<String>> rows) implements Block {
    }

    public record Quote(String text) implements Block {
    }

    public record Code(String text) implements Block {
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d+)[.)]\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    private final List<Block> blocks;

    private GuideDocument(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The headings in order (for the table of contents). */
    public List<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    public static GuideDocument parse(String markdown) {
        String text = markdown.replace("\r\n", "\n").replaceAll("(?s)<!--.*?-->", "");
        String[] lines = text.split("\n", -1);
        List<Block> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        ListItem item = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            Matcher m;
            if (trimmed.startsWith("```")) {
                flush(out, para, item);
                item = null;
                StringBuilder code = new StringBuilder();
                while (++i < lines.length && !lines[i].trim().startsWith("```")) {
                    code.append(code.length() == 0 ? "" : "\n").append(lines[i]);
                }
                out.add(new Code(code.toString()));
            } else if (trimmed.isEmpty() || trimmed.matches("^(-{3,}|\\*{3,}|_{3,})$")) {
                flush(out, para, item);
                item = null;
            } else if ((m = HEADING.matcher(trimmed)).matches()) {
                flush(out, para, item);
                item = null;
                out.add(new Heading(m.group(1).length(), m.group(2)));
            } else if ((m = IMAGE.matcher(trimmed)).matches()) {
                flush(out, para, item);
                item = null;
                out.add(new Image(m.group(1), m.group(2)));
            } else if (trimmed.startsWith("|") && i + 1 < lines.length && TABLE_RULE.matcher(lines[i + 1].trim()).matches()) {
                flush(out, para, item);
                item = null;
                List<List<String>> rows = new ArrayList<>();
                rows.add(cells(trimmed));
                i++;
                while (i + 1 < lines.length && lines[i + 1].trim().startsWith("|")) {
                    rows.add(cells(lines[++i].trim()));
                }
                out.add(new Table(rows));
            } else if (trimmed.startsWith(">")) {
                flush(out, para, item);
                item = null;
                StringBuilder q = new StringBuilder(trimmed.substring(1).trim());
                while (i + 1 < lines.length && lines[i + 1].trim().startsWith(">")) {
                    q.append(' ').append(lines[++i].trim().substring(1).trim());
                }
                out.add(new Quote(q.toString()));
            } else if ((m = BULLET.matcher(line)).matches() || (m = NUMBERED.matcher(line)).matches()) {
                flush(out, para, item);
                boolean numbered = m.groupCount() == 3;
                int depth = m.group(1).replace("\t", "    ").length() / 2;
                item = new ListItem(numbered ? m.group(2) + "." : "•", Math.min(depth, 3),
                        m.group(numbered ? 3 : 2).trim());
            } else if (item != null) {
                item = new ListItem(item.marker(), item.depth(), item.text() + joiner(item.text(), trimmed) + trimmed);
            } else {
                para.append(para.length() == 0 ? "" : joiner(para, trimmed)).append(trimmed);
            }
        }
        flush(out, para, item);
        return new GuideDocument(out);
    }

    private static void flush(List<Block> out, StringBuilder para, ListItem item) {
        if (item != null) {
            out.add(item);
        }
        if (para.length() > 0) {
            out.add(new Paragraph(para.toString()));
            para.setLength(0);
        }
    }

    /** Lines of a paragraph join with a space, except next to Chinese text (no spaces there). */
    private static String joiner(CharSequence before, String next) {
        if (before.length() == 0 || next.isEmpty()) {
            return "";
        }
        char a = before.charAt(before.length() - 1);
        String rest = next.replaceFirst("^[*`]+", "");
        char b = rest.isEmpty() ? next.charAt(0) : rest.charAt(0);
        return a > 0x2E80 || b > 0x2E80 ? "" : " ";
    }

    private static List<String> cells(String row) {
        String r = row.trim();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String c : r.split("(?<!\\\\)\\|", -1)) {
            cells.add(c.trim().replace("\\|", "|"));
        }
        return cells;
    }
}
