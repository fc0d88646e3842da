package io.cashtrail.ui.common;

import java.io.File;
import java.io.IOException;
import javafx.css.Stylesheet;

/**
 * Build step (Maven, process-classes): writes {@code cashtrail.bss}, the binary form of the app's
 * stylesheet, beside {@code cashtrail.css} in the classes. JavaFX loads the binary form of a
 * {@code .css} URL when one lies beside it, which skips parsing the text on the FX thread at every
 * start (bench/run startup). BinaryStylesheetTest checks that the two say the same.
 */
public final class BinaryStylesheet {
    private BinaryStylesheet() {
    }

    /** {@code args}: the .css file and the .bss file to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BinaryStylesheet SOURCE.css TARGET.bss");
        }
        Stylesheet.convertToBinary(new File(args[0]), new File(args[1]));
    }
}
