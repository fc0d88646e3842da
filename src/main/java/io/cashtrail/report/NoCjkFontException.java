package io.cashtrail.report;

import io.cashtrail.i18n.Messages;

/** No font with Chinese glyphs was found, so a PDF would show empty boxes: refused with a clear message. */
public class NoCjkFontException extends RuntimeException {
    public NoCjkFontException() {
        super(Messages.get("report.pdf.noFont"));
    }
}
