package io.cashtrail.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Writes a file through a temporary file beside it that is moved into place only when complete,
 * so a cancelled or failed export never leaves half a file and never damages an existing one. A
 * target that is read-only or open in another program (Windows locks files Excel has open) is
 * refused before the work starts and again at the move.
 */
public final class AtomicOutput {
    /** The body that writes the content. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Refuses (with a {@link TargetException}) a target whose folder or file cannot be written. */
    public static void check(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir) || readOnly(dir)) {
            throw new TargetException(TargetException.Reason.FOLDER, abs, null);
        }
        if (Files.exists(abs)) {
            checkWritable(abs);
        }
    }

    public static Path write(Path target, Body body) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        check(abs);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new TargetException(TargetException.Reason.FOLDER, abs, e);
        }
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(out);
            } catch (IOException e) {
                throw new TargetException(TargetException.Reason.FAILED, abs, e);
            }
            keepPermissions(tmp, abs);
            move(tmp, abs);
            done = true;
            return abs;
        } finally {
            if (!done) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * Temporary files are created private (rw-------); the finished file gets the permissions of the
     * file it replaces, or rw-r--r-- like any new document.
     */
    private static void keepPermissions(Path tmp, Path target) {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // the file stays private: still usable by its owner
        }
    }

    private static void move(Path tmp, Path target) {
        if (Files.exists(target)) {
            checkWritable(target);
        }
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new TargetException(TargetException.Reason.LOCKED, target, e);
        } catch (FileSystemException e) {
            throw new TargetException(TargetException.Reason.LOCKED, target, e);
        } catch (IOException e) {
            throw new TargetException(TargetException.Reason.FAILED, target, e);
        }
    }

    /** Refuses a read-only target or one another program holds open (opening it for writing fails on Windows). */
    private static void checkWritable(Path target) {
        if (readOnly(target)) {
            throw new TargetException(TargetException.Reason.LOCKED, target, null);
        }
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            ch.size();
        } catch (IOException e) {
            throw new TargetException(TargetException.Reason.LOCKED, target, e);
        }
    }

    /** Read-only by its attributes (also for an administrator, who may write anything but should not). */
    static boolean readOnly(Path p) {
        try {
            DosFileAttributeView dos = Files.getFileAttributeView(p, DosFileAttributeView.class);
            PosixFileAttributeView posix = Files.getFileAttributeView(p, PosixFileAttributeView.class);
            if (posix != null) {
                return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
            }
            if (dos != null && !Files.isDirectory(p)) {
                return dos.readAttributes().isReadOnly();
            }
            return !Files.isWritable(p);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover .part file is hidden and harmless; nothing more can be done here
        }
    }

}
