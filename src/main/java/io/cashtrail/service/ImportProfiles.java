package io.cashtrail.service;

import io.cashtrail.domain.ImportProfile;
import io.cashtrail.importer.parse.ColumnMapping;
import io.cashtrail.importer.parse.DateColumnResolver;
import io.cashtrail.importer.parse.DateOrder;
import io.cashtrail.importer.parse.HeaderDetector;
import io.cashtrail.importer.parse.HeaderInfo;
import io.cashtrail.importer.parse.RecordKind;
import io.cashtrail.importer.parse.RecordKindGuesser;
import io.cashtrail.importer.parse.SheetAnalysis;
import io.cashtrail.importer.parse.SheetAnalyzer;
import io.cashtrail.importer.parse.SheetProfile;
import io.cashtrail.importer.parse.TextNormalizer;
import io.cashtrail.importer.read.SheetRow;
import io.cashtrail.store.ImportProfileStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved mappings between the store's text form and the importer's {@link SheetProfile}: saving the
 * user's confirmed analysis under a name, finding the profile that fits a sheet (first at the header
 * row the profile remembers, then at the header found automatically), and laying a profile over a
 * sheet, day/month choices included.
 */
final class ImportProfiles {
    static final int MAX_NAME = 200;
    private final ImportProfileStore store;

    ImportProfiles(ImportProfileStore store) {
        this.store = store;
    }

    List<MappingProfile> all() {
        List<MappingProfile> out = new ArrayList<>();
        for (ImportProfile p : store.all()) {
            read(p).ifPresent(out::add);
        }
        return out;
    }

    Optional<MappingProfile> named(String name) {
        return store.named(name.strip()).flatMap(ImportProfiles::read);
    }

    /** Saves the analysis (header row, mapping, date orders) and kind under the name, replacing a profile of that name. */
    MappingProfile save(String name, SheetAnalysis analysis, RecordKind kind) {
        HeaderInfo h = analysis.header();
        SheetProfile mapping = SheetProfile.of(h.names(), h.rowCount(), analysis.mapping(), kind);
        ImportProfile stored = store.save(new ImportProfile(0, name.strip(), mapping.signature(), kind.key(),
                h.firstRow(), h.rowCount(), mapping.encode(), encodeOrders(analysis), null));
        return read(stored).orElseThrow();
    }

    /** The refusal for a profile name nobody saved, listing the names there are. */
    ImportRefusal unknown(String name) {
        List<String> names = all().stream().map(MappingProfile::name).toList();
        return names.isEmpty() ? new ImportRefusal("importwiz.profile.unknownNone", null, name)
                : new ImportRefusal("importwiz.profile.unknown", null, name, String.join(", ", names));
    }

    boolean delete(long id) {
        return store.delete(id);
    }

    /** The profile a sheet fits, with the header it fits at; the most recently saved wins. */
    Optional<Fit> find(List<SheetRow> rows, Optional<HeaderInfo> detected) {
        List<MappingProfile> all = all();
        for (MappingProfile p : all) {
            Optional<HeaderInfo> at = headerAt(rows, p.headerRow(), p.headerRows());
            if (at.isPresent() && p.mapping().matches(at.get().names())) {
                return Optional.of(new Fit(p, at.get()));
            }
        }
        if (detected.isPresent()) {
            for (MappingProfile p : all) {
                if (p.mapping().matches(detected.get().names())) {
                    return Optional.of(new Fit(p, detected.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** A profile and the header of the sheet it fits. */
    record Fit(MappingProfile profile, HeaderInfo header) {
    }

    /** The header of {@code rowCount} rows starting at sheet row {@code row}, when the sheet has them. */
    static Optional<HeaderInfo> headerAt(List<SheetRow> rows, int row, int rowCount) {
        for (int i = 0; i < rows.size() && i < HeaderDetector.SCAN_ROWS * 4; i++) {
            if (rows.get(i).index() == row) {
                if (rows.get(i).isBlank() || i + rowCount > rows.size()) {
                    return Optional.empty();
                }
                return Optional.of(HeaderDetector.atRows(rows, i, rowCount));
            }
        }
        return Optional.empty();
    }

    /**
     * The sheet analysed with the profile's mapping (laid over the header by column names), its kind
     * and its day/month choices, also when the header differs a little from the profile's.
     */
    static SheetAnalysis apply(List<SheetRow> rows, HeaderInfo header, MappingProfile p) {
        return apply(header, p, mapping -> SheetAnalyzer.dateOrders(rows, header, mapping));
    }

    /** As above, with the date columns' evidence counted by {@code dateOrders} (e.g. from a streaming pass). */
    static SheetAnalysis apply(HeaderInfo header, MappingProfile p,
            java.util.function.Function<ColumnMapping, Map<Integer, DateColumnResolver.Resolution>> dateOrders) {
        ColumnMapping mapping = p.mapping().applyTo(header.names());
        Map<Integer, DateColumnResolver.Resolution> orders = new HashMap<>(dateOrders.apply(mapping));
        Map<Integer, String> keys = columnKeys(header.names());
        for (Map.Entry<Integer, DateColumnResolver.Resolution> e : Map.copyOf(orders).entrySet()) {
            DateOrder chosen = p.dateOrders().get(keys.get(e.getKey()));
            DateColumnResolver.Resolution r = e.getValue();
            if (chosen != null && (r.needsUser() || r.order() == null)) {
                orders.put(e.getKey(), new DateColumnResolver.Resolution(DateColumnResolver.Outcome.RESOLVED, chosen,
                        r.dmyOnly(), r.mdyOnly(), r.ambiguous()));
            }
        }
        return new SheetAnalysis(header, mapping, RecordKindGuesser.guess(mapping), p.mapping(), orders);
    }

    /** Column → "folded header#occurrence", the way profiles name columns. */
    static Map<Integer, String> columnKeys(List<String> headerNames) {
        Map<Integer, String> keys = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < headerNames.size(); i++) {
            String k = TextNormalizer.fold(headerNames.get(i) == null ? "" : headerNames.get(i));
            if (!k.isEmpty()) {
                keys.put(i, k + "#" + seen.merge(k, 1, Integer::sum));
            }
        }
        return keys;
    }

    /** The day/month order of every date column that has one, one "key\tORDER" line each. */
    static String encodeOrders(SheetAnalysis a) {
        Map<Integer, String> keys = columnKeys(a.header().names());
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Integer, DateColumnResolver.Resolution> e : a.dateOrders().entrySet()) {
            DateColumnResolver.Resolution r = e.getValue();
            String key = keys.get(e.getKey());
            if (key != null && r.order() != null && r.outcome() == DateColumnResolver.Outcome.RESOLVED) {
                b.append(key).append('\t').append(r.order().name()).append('\n');
            }
        }
        return b.toString();
    }

    static Map<String, DateOrder> decodeOrders(String text) {
        Map<String, DateOrder> m = new HashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    try {
                        m.put(line.substring(0, tab), DateOrder.valueOf(line.substring(tab + 1).strip()));
                    } catch (IllegalArgumentException e) {
                        // an order this version does not know: ask the user again
                    }
                }
            }
        }
        return m;
    }

    /** A stored profile as the service uses it; a damaged one (foreign or newer text form) is skipped. */
    static Optional<MappingProfile> read(ImportProfile p) {
        try {
            SheetProfile mapping = SheetProfile.decode(p.mapping());
            return Optional.of(new MappingProfile(p.id(), p.name(), mapping.kind(), p.headerRow(), p.headerRows(),
                    mapping, decodeOrders(p.dateOrders()), p.updatedAt()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The saved profile an analysis came from, if it came from one. */
    Optional<MappingProfile> of(SheetAnalysis a) {
        if (a.savedProfile() == null) {
            return Optional.empty();
        }
        return all().stream().filter(p -> p.mapping().equals(a.savedProfile())).findFirst();
    }
}
