package io.cashtrail.domain;

import java.time.LocalDateTime;

/**
 * A saved import mapping as stored: its name, the header signature that finds it again, the kind of
 * records, where the header was (0-based sheet row of its first row, and how many rows it spans),
 * the column mapping in its text form and the day/month order chosen for date columns (text form).
 */
public record ImportProfile(long id, String name, String signature, String recordKind, int headerRow,
        int headerRows, String mapping, String dateOrders, LocalDateTime updatedAt) {
}
