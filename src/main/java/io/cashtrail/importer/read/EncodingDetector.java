package io.cashtrail.importer.read;

import io.cashtrail.importer.read.ImportRefusedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the encoding of a text file the way files from Chinese offices arrive: a BOM (UTF-8,
 * UTF-16) wins; UTF-16 without BOM is seen from its zero bytes; otherwise the whole file is tried as
 * UTF-8, then as strict GB18030 (a superset of GBK/CP936, what Chinese Excel writes); UTF-8 with a
 * few damaged bytes among many good sequences stays UTF-8.
 */
final class EncodingDetector {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** The encoding and how many BOM bytes to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    private EncodingDetector() {
    }

    static Detected detect(Path file, byte[] head) throws IOException, ImportRefusedException {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(head);
        if (utf16 != null) {
            return new Detected(utf16, 0);
        }
        long[] utf8 = utf8Stats(file);
        if (utf8[1] == 0 || utf8[0] >= 10 * utf8[1]) {
            return new Detected(StandardCharsets.UTF_8, 0); // clean UTF-8, or a few damaged bytes in it
        }
        if (decodesStrictly(file, GB18030)) {
            return new Detected(GB18030, 0);
        }
        if (utf8[0] > utf8[1]) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        throw new ImportRefusedException(Reason.UNKNOWN_ENCODING, "neither UTF-8, UTF-16 nor GB18030/GBK");
    }

    /** Mostly-ASCII UTF-16 text has a zero in every other byte. */
    private static Charset utf16WithoutBom(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            if (head[i] == 0) {
                evenZeros++;
            }
            if (head[i + 1] == 0) {
                oddZeros++;
            }
        }
        if (oddZeros > pairs * 0.6 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.6 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** True when the text (after the first 64 KiB, all of it) has no NUL and few control characters. */
    static boolean looksLikeText(byte[] head, Detected enc) {
        if (enc.charset() == StandardCharsets.UTF_16LE || enc.charset() == StandardCharsets.UTF_16BE) {
            return true;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        return control <= head.length / 100;
    }

    /** Counts {valid multi-byte UTF-8 sequences, invalid bytes} over the whole file. */
    private static long[] utf8Stats(Path file) throws IOException {
        long valid = 0;
        long invalid = 0;
        int expect = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IOException("interrupted");
                }
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (expect > 0) {
                        if ((b & 0xC0) == 0x80) {
                            if (--expect == 0) {
                                valid++;
                            }
                            continue;
                        }
                        invalid++;
                        expect = 0;
                    }
                    if (b >= 0xC2 && b <= 0xDF) {
                        expect = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        expect = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        expect = 3;
                    } else if (b >= 0x80) {
                        invalid++;
                    }
                }
            }
        }
        return new long[] {valid, invalid + (expect > 0 ? 1 : 0)};
    }

    private static boolean decodesStrictly(Path file, Charset cs) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(in, cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buf = new char[64 * 1024];
            while (reader.read(buf) >= 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IOException("interrupted");
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
