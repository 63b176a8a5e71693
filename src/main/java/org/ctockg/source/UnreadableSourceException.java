package org.ctockg.source;

/** A file that cannot be read as a report's text; the message is the reason, in one line for the user. */
public class UnreadableSourceException extends Exception {
    public UnreadableSourceException(String reason) {
        super(reason);
    }
}
