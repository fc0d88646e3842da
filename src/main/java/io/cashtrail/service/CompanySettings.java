package io.cashtrail.service;

import io.cashtrail.store.Database;

/**
 * Settings that belong to the company's data rather than to one user's PC: the company name printed
 * on reports and the currency symbol shown with amounts. Kept in the database (app_setting) so that a
 * backup restored on another PC carries them.
 */
public final class CompanySettings {
    static final String COMPANY_NAME = "company.name";
    static final String CURRENCY_SYMBOL = "company.currencySymbol";
    /** The symbol used until the user picks another one. */
    public static final String DEFAULT_CURRENCY_SYMBOL = "¥";

    private final Database db;

    CompanySettings(Database db) {
        this.db = db;
    }

    /** The company name, empty until the user sets one. */
    public String companyName() {
        return db.collections().setting(COMPANY_NAME).orElse("");
    }

    public void setCompanyName(String name) {
        db.collections().putSetting(COMPANY_NAME, name == null ? "" : name.strip());
    }

    public String currencySymbol() {
        return db.collections().setting(CURRENCY_SYMBOL).filter(s -> !s.isBlank()).orElse(DEFAULT_CURRENCY_SYMBOL);
    }

    /** Saves the symbol; blank means back to the default. */
    public void setCurrencySymbol(String symbol) {
        db.collections().putSetting(CURRENCY_SYMBOL, symbol == null ? "" : symbol.strip());
    }
}
