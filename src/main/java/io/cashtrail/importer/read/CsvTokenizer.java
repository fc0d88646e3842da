package io.cashtrail.importer.read;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into records: quoted fields may hold delimiters, doubled quotes and line
 * breaks; CRLF, LF and CR end records. Lenient like Excel (text after a closing quote is kept),
 * but bounded: a field or a record that grows absurdly large stops the read.
 */
final class CsvTokenizer {
    private static final int MAX_FIELD_CHARS = 1_000_000;

    private final Reader in;
    private final char delimiter;
    private final int maxFields;
    private final char[] buf = new char[16 * 1024];
    private int pos;
    private int len;
    private boolean eof;

    CsvTokenizer(Reader in, char delimiter, int maxFields) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxFields = maxFields;
    }

    private int read() throws IOException {
        if (pos == len) {
            if (eof) {
                return -1;
            }
            len = in.read(buf);
            pos = 0;
            if (len <= 0) {
                eof = true;
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    private void unread() {
        pos--;
    }

    /** The next record's raw fields, or null at the end of the text. */
    List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        unread();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        while (true) {
            c = read();
            if (quoted) {
                if (c < 0) {
                    break;
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (d >= 0) {
                            unread();
                        }
                    }
                } else {
                    append(field, (char) c);
                }
                continue;
            }
            if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d >= 0 && d != '\n') {
                        unread();
                    }
                }
                break;
            }
            if (c == delimiter) {
                addField(fields, field);
                atStart = true;
                continue;
            }
            if (c == '"' && atStart) {
                quoted = true;
                atStart = false;
                continue;
            }
            atStart = false;
            append(field, (char) c);
        }
        addField(fields, field);
        return fields;
    }

    private void addField(List<String> fields, StringBuilder field) {
        if (fields.size() >= maxFields) {
            throw new ReadGuard.Stop(Reason.TOO_LARGE);
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private static void append(StringBuilder field, char c) {
        if (field.length() >= MAX_FIELD_CHARS) {
            throw new ReadGuard.Stop(Reason.DAMAGED);
        }
        field.append(c);
    }
}
