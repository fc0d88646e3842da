package io.cashtrail.service;

import io.cashtrail.importer.parse.ColumnMapping;
import io.cashtrail.importer.parse.DateColumnResolver;
import io.cashtrail.importer.parse.HeaderInfo;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.parse.SheetAnalyzer;
import io.cashtrail.importer.plan.ImportPipeline;
import io.cashtrail.importer.read.SheetRow;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Lets the command line's whole import read its sheet once instead of twice. The day/month order
 * of a date column needs the evidence of every row, which used to take a full pass before the
 * import's own pass. Instead the import is planned with the orders of a sheet that shows no
 * evidence (what a sheet of Excel dates and year-first text dates has) while its pass counts the
 * real evidence; when the orders it finds differ, the import is rolled back and run again with
 * them ({@link #actual}), so the outcome is always that of the two-pass import.
 */
final class GuessedDateOrders implements ImportPipeline.FirstSheetCheck {
    private final HeaderInfo header;
    private final MappingProfile profile;
    private final SheetAnalysis guess;
    private final SheetAnalyzer.DateTally tally;
    private SheetAnalysis actual;

    /** For the sheet with this header, mapped by {@code profile} (null: by the synonyms). */
    GuessedDateOrders(HeaderInfo header, MappingProfile profile) {
        this.header = header;
        this.profile = profile;
        this.guess = analysis(header, profile, mapping -> new SheetAnalyzer.DateTally(header, mapping).orders());
        this.tally = new SheetAnalyzer.DateTally(header, guess.mapping());
    }

    /**
     * The analysis of a sheet with this header and profile, the date columns' orders from
     * {@code orders} (given the mapping); the same as the streaming analysis when {@code orders}
     * counts every row.
     */
    static SheetAnalysis analysis(HeaderInfo h, MappingProfile profile,
            Function<ColumnMapping, Map<Integer, DateColumnResolver.Resolution>> orders) {
        if (profile != null) {
            return ImportProfiles.apply(h, profile, orders);
        }
        SheetAnalysis head = SheetAnalyzer.analyze(List.of(), h, List.of());
        return new SheetAnalysis(h, head.mapping(), head.kinds(), head.savedProfile(), orders.apply(head.mapping()));
    }

    /** The analysis to plan the import with before reading the sheet. */
    SheetAnalysis guess() {
        return guess;
    }

    @Override
    public void accept(SheetRow row) {
        tally.accept(row);
    }

    @Override
    public boolean holds() {
        actual = analysis(header, profile, mapping -> tally.orders());
        Set<Integer> columns = new HashSet<>(guess.dateOrders().keySet());
        columns.addAll(actual.dateOrders().keySet());
        for (Integer c : columns) {
            if (!Objects.equals(order(guess, c), order(actual, c))) {
                return false;
            }
        }
        return true;
    }

    private static Object order(SheetAnalysis a, int column) {
        DateColumnResolver.Resolution r = a.dateOrders().get(column);
        return r == null ? null : r.order();
    }

    /** The analysis of the whole sheet (after {@link #holds} was asked). */
    SheetAnalysis actual() {
        return actual;
    }
}
