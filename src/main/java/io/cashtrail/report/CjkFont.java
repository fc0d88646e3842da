package io.cashtrail.report;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a font on this computer that has Chinese glyphs, for embedding (as a subset) in PDFs:
 * Microsoft YaHei or SimSun on Windows, PingFang or STHeiti on macOS, Noto CJK / WenQuanYi / Droid
 * fallback on Linux (fontconfig is asked first). The system property {@code cashtrail.pdf.font}
 * names a font file to use instead. No font found means no PDF: printing empty boxes is worse
 * than a clear refusal.
 */
public final class CjkFont {
    /** Characters every report needs; a font missing any of them is skipped. */
    static final String PROBE = "回款账龄合计第页客户¥";
    private static volatile Optional<BaseFont> cached;
    private static volatile String cachedFor;

    private CjkFont() {
    }

    /** The first usable font, loaded once per run. */
    public static Optional<BaseFont> find() {
        String key = System.getProperty("cashtrail.pdf.font", "");
        Optional<BaseFont> c = cached;
        if (c == null || !key.equals(cachedFor)) {
            c = load(candidates());
            cached = c;
            cachedFor = key;
        }
        return c;
    }

    static Optional<BaseFont> load(List<String> specs) {
        for (String spec : specs) {
            try {
                BaseFont bf = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                if (PROBE.codePoints().allMatch(bf::charExists)) {
                    return Optional.of(bf);
                }
            } catch (Exception | LinkageError e) {
                // not loadable (format OpenPDF cannot read, damaged): try the next one
            }
        }
        return Optional.empty();
    }

    /** Font specs in order of preference ("file.ttc,2" picks a font in a collection). */
    static List<String> candidates() {
        List<String> out = new ArrayList<>();
        String own = System.getProperty("cashtrail.pdf.font");
        if (own != null && !own.isBlank()) {
            out.add(own.strip());
            return out;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String fonts = Path.of(System.getenv().getOrDefault("WINDIR", "C:\\Windows"), "Fonts").toString();
            for (String f : List.of("msyh.ttc,0", "msyh.ttf", "simsun.ttc,0", "simhei.ttf", "simkai.ttf", "Deng.ttf")) {
                addIfExists(out, fonts + "\\" + f);
            }
        } else if (os.contains("mac")) {
            for (String f : List.of("/System/Library/Fonts/PingFang.ttc,0", "/System/Library/Fonts/STHeiti Medium.ttc,0",
                    "/System/Library/Fonts/STHeiti Light.ttc,0", "/Library/Fonts/Arial Unicode.ttf",
                    "/System/Library/Fonts/Supplemental/Songti.ttc,0", "/System/Library/Fonts/Hiragino Sans GB.ttc,0")) {
                addIfExists(out, f);
            }
        } else {
            out.addAll(fontconfig());
        }
        for (String f : List.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
                "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
                "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,2",
                "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
                "/usr/share/fonts/truetype/arphic/uming.ttc,0",
                "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")) {
            addIfExists(out, f);
        }
        return out;
    }

    private static void addIfExists(List<String> out, String spec) {
        int comma = spec.lastIndexOf(',');
        String file = comma > 0 && spec.toLowerCase(Locale.ROOT).contains(".ttc,") ? spec.substring(0, comma) : spec;
        if (Files.isRegularFile(Path.of(file)) && !out.contains(spec)) {
            out.add(spec);
        }
    }

    /** What fontconfig picks for Simplified Chinese (file and index in the collection). */
    private static List<String> fontconfig() {
        List<String> out = new ArrayList<>();
        try {
            Process p = new ProcessBuilder("fc-match", "-f", "%{file}|%{index}\\n", "sans-serif:lang=zh-cn")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0) {
                for (String line : text.split("\n")) {
                    String[] parts = line.strip().split("\\|");
                    if (parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                        addIfExists(out, parts[0] + "," + parts[1]);
                    } else if (parts.length >= 1 && !parts[0].isEmpty()) {
                        addIfExists(out, parts[0]);
                    }
                }
            }
        } catch (IOException e) {
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }
}
