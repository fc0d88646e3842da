package io.cashtrail.importer.parse;

import java.time.LocalDate;

/** A period written in one cell, e.g. a production window "2016.12.15至2017.3.15". */
public record DateRange(LocalDate start, LocalDate end) {
}
