import java.nio.charset.Charset;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Run by installer/smoke-test on the packaged runtime's own java: checks what jdeps cannot see
 * because it is looked up by name at run time. Chinese locale data (jdk.localedata: without it
 * zh_CN dates and numbers silently fall back to English/root forms) and the GBK/GB18030 charsets
 * of Chinese spreadsheets and CSV files (java.base holds them in Linux builds, jdk.charsets elsewhere,
 * so the runtime links jdk.charsets everywhere). Prints one line per check; exit 1 on a miss.
 */
public final class RuntimeProbe {
    public static void main(String[] args) {
        boolean ok = true;
        String month = DateTimeFormatter.ofPattern("MMMM", Locale.CHINA).format(LocalDate.of(2026, 11, 27));
        ok &= check("zh_CN month name", month, "十一月".equals(month));
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.CHINA)
                .format(LocalDate.of(2026, 11, 27));
        ok &= check("zh_CN long date", date, date.contains("年") && date.contains("日"));
        String money = NumberFormat.getCurrencyInstance(Locale.CHINA).format(1234567.89);
        ok &= check("zh_CN currency", money, money.equals("¥1,234,567.89"));
        for (String name : new String[] {"GBK", "GB18030", "GB2312", "Big5"}) {
            boolean has = Charset.isSupported(name);
            ok &= check("charset " + name, has ? "supported" : "missing", has);
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean check(String what, String value, boolean good) {
        System.out.println((good ? "ok   " : "FAIL ") + what + ": " + value);
        return good;
    }
}
