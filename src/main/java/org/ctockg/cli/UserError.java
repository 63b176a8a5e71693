package org.ctockg.cli;

/** A mistake in what the user asked for; shown as its message alone. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
