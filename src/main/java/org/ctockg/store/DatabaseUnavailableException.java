package org.ctockg.store;

/**
 * The database folder cannot be opened: another process holds it, or it is not a folder we can
 * write. The message is meant for the user as it is, one line, naming the folder.
 */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
