package io.cashtrail.importer.parse;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header cell taken apart: the comparable key of its name (half-width, lower case, no spaces or
 * punctuation), the unit written with it (金额(万元), 合同金额/万元 → factor 10,000) and the index of a
 * repeated column group (回款1, 回款日期2, 第一笔回款, 第2次回款日期, Payment 3 → 1, 2, 1, 2, 3; 0 when
 * none). Brackets that are neither unit nor index ("客户名称（全称）") are dropped from the key.
 */
public record HeaderName(String raw, String key, int group, BigDecimal unitFactor) {
    private static final Pattern BRACKET = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("^(.+?)[/_\\-]?(万元|亿元|千元|/元|_元)$");
    private static final Pattern ORDINAL = Pattern.compile("第([0-9]{1,2}|[一二三四五六七八九十]{1,3})(笔|次|期|批)?");
    private static final Pattern CN_COUNTED = Pattern.compile("([一二三四五六七八九十]{1,3})(笔|次|期)");
    private static final Pattern DIGITS = Pattern.compile("(?<![0-9])([0-9]{1,2})(st|nd|rd|th)?(?![0-9])");
    private static final String PUNCTUATION = ".:：*#_-'\"/\\、,，;；?？!！%‰=+~`|【】《》<>“”‘’";
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal QIAN = new BigDecimal("1000");
    private static final int MAX_GROUP = 30;

    public static HeaderName of(String raw) {
        String s = TextNormalizer.fold(raw);
        BigDecimal factor = BigDecimal.ONE;
        int group = 0;
        Matcher b = BRACKET.matcher(s);
        StringBuilder rest = new StringBuilder();
        while (b.find()) {
            String inner = b.group(1);
            BigDecimal f = unit(inner);
            if (f != null) {
                factor = f;
            } else if (group == 0) {
                group = index(inner);
            }
            b.appendReplacement(rest, "");
        }
        b.appendTail(rest);
        s = rest.toString();
        Matcher u = UNIT_SUFFIX.matcher(s);
        if (u.matches()) {
            factor = unit(u.group(2).replace("/", "").replace("_", ""));
            s = u.group(1);
        }
        if (group == 0) {
            for (Pattern p : new Pattern[] {ORDINAL, CN_COUNTED, DIGITS}) {
                Matcher m = p.matcher(s);
                if (m.find()) {
                    int n = number(m.group(1));
                    if (n >= 1 && n <= MAX_GROUP && m.end() - m.start() < s.length()) {
                        group = n;
                        s = s.substring(0, m.start()) + s.substring(m.end());
                    }
                    break;
                }
            }
        }
        return new HeaderName(raw == null ? "" : raw, strip(s), group, factor);
    }

    /** The comparable form of a name: folded, punctuation removed. */
    public static String keyOf(String text) {
        return strip(TextNormalizer.fold(text));
    }

    private static String strip(String s) {
        StringBuilder k = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (PUNCTUATION.indexOf(s.charAt(i)) < 0) {
                k.append(s.charAt(i));
            }
        }
        return k.toString();
    }

    private static BigDecimal unit(String inner) {
        if (inner.contains("亿")) {
            return YI;
        }
        if (inner.contains("万")) {
            return WAN;
        }
        if (inner.contains("千") || inner.equals("k") || inner.equals("'000") || inner.equals("000")) {
            return QIAN;
        }
        if (inner.contains("元") || inner.equals("rmb") || inner.equals("cny") || inner.equals("¥") || inner.equals("%")) {
            return BigDecimal.ONE;
        }
        return null;
    }

    private static int index(String inner) {
        Matcher m = ORDINAL.matcher(inner);
        if (m.find()) {
            return number(m.group(1));
        }
        if (inner.matches("[0-9]{1,2}")) {
            int n = Integer.parseInt(inner);
            return n <= MAX_GROUP ? n : 0;
        }
        return 0;
    }

    /** 1..99 from digits or Chinese numerals (一 … 十, 十一, 二十, 二十三). */
    static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        return "零一二三四五六七八九".indexOf(c);
    }
}
