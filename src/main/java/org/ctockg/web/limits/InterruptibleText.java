package org.ctockg.web.limits;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string that a regular expression reads through, and that stops the reading once the query
 * has been cancelled (its time limit passed): {@code java.util.regex} never looks at the clock,
 * and a pattern that backtracks can spend minutes on one string of a few dozen characters.
 */
final class InterruptibleText implements CharSequence {
    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    InterruptibleText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new InterruptibleText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
