package io.cashtrail.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @AfterEach
    void reset() {
        Messages.use(Messages.ENGLISH);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/cashtrail/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void noKeyIsDefinedTwiceInABundle() throws IOException {
        for (String name : java.util.List.of("messages.properties", "messages_zh_CN.properties")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (InputStream in = MessagesTest.class.getResourceAsStream("/io/cashtrail/" + name)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> l.matches("[A-Za-z0-9_.]+=.*"))
                        .map(l -> l.substring(0, l.indexOf('=')))
                        .filter(k -> !seen.add(k)).forEach(twice::add);
            }
            org.assertj.core.api.Assertions.assertThat(twice).as(name + ": a later line silently wins").isEmpty();
        }
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void noChineseTextIsLeftUntranslatedOrEmpty() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).allSatisfy(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void chineseIsChosenForAnyChineseLocaleAndEnglishOtherwise() {
        assertThat(Messages.fromTag("zh_CN")).isEqualTo(Messages.CHINESE);
        assertThat(Messages.fromTag("en")).isEqualTo(Messages.ENGLISH);
        Messages.use(Locale.TRADITIONAL_CHINESE);
        assertThat(Messages.get("nav.orders")).isEqualTo("订单");
        Messages.use(Locale.GERMANY);
        assertThat(Messages.get("nav.orders")).isEqualTo("Orders");
    }

    @Test
    void englishDoesNotFallBackToChineseOnAChineseMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Messages.use(Messages.ENGLISH);
            assertThat(Messages.get("nav.customers")).isEqualTo("Customers");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void formatsArgumentsWithApostrophes() {
        Messages.use(Messages.ENGLISH);
        assertThat(Messages.get("validation.notAmount", "abc")).isEqualTo("Not an amount: \"abc\"");
    }

    @Test
    void amountsAndDatesLookTheSameInBothLanguages() {
        for (Locale l : new Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            Messages.use(l);
            assertThat(Formats.money(new BigDecimal("1234567.891"))).isEqualTo("¥1,234,567.89");
            assertThat(Formats.money(new BigDecimal("-5"))).isEqualTo("-¥5.00");
            assertThat(Formats.date(LocalDate.of(2026, 11, 27))).isEqualTo("2026-11-27");
        }
    }

    @Test
    void parsesWhatUsersType() {
        assertThat(Formats.parseAmount("¥1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(Formats.parseAmount("１２３４．５０")).isEqualByComparingTo("1234.50");
        assertThat(Formats.parseAmount("  ")).isNull();
        assertThat(Formats.parseDate("2026/1/5")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(Formats.parseDate("2026.12.28")).isEqualTo(LocalDate.of(2026, 12, 28));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Formats.parseDate("2016.13.01"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
}
