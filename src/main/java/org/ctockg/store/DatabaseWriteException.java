package org.ctockg.store;

import java.io.IOException;

import org.apache.jena.dboe.base.file.FileException;

/**
 * The database could not be written (the disk is full, or a file may not grow): the write under
 * way was abandoned, and what earlier transactions stored is whole. The message is one line for
 * the user, naming the folder.
 */
public class DatabaseWriteException extends RuntimeException {
    DatabaseWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether {@code e} says that storage failed: an I/O error under the store, or the
     * {@link InternalError} the JVM raises when a memory-mapped file cannot get a page on a full disk.
     */
    static boolean isStorageFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof FileException || t instanceof InternalError) {
                return true;
            }
        }
        return false;
    }

    /** The deepest message of the chain, which names the system's reason ("No space left on device"). */
    static String reason(Throwable e) {
        String reason = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                reason = t.getMessage();
            }
        }
        return reason == null ? e.getClass().getSimpleName() : reason.replace('\n', ' ');
    }
}
