package org.ctockg.web.limits;

/** An answer past what one query may hold: the message tells the client what to do instead. */
final class TooLargeException extends RuntimeException {
    TooLargeException(String message) {
        super(message);
    }
}
