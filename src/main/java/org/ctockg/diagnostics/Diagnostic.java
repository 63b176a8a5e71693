package org.ctockg.diagnostics;

/**
 * One problem found in one input, shown to the user as one line. A skip (something a recogniser
 * saw and did not take) names its fact family; other diagnostics have none.
 */
public record Diagnostic(Severity severity, String file, int line, String message, Family family) {

    public Diagnostic(Severity severity, String file, int line, String message) {
        this(severity, file, line, message, null);
    }

    public static Diagnostic error(String file, String message) {
        return new Diagnostic(Severity.ERROR, file, 0, message);
    }

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(Severity.WARNING, file, line, message);
    }

    /** What a recogniser of {@code family} left out at {@code line}, and why. */
    public static Diagnostic skip(Family family, String file, int line, String reason) {
        return new Diagnostic(Severity.INFO, file, line, family.label() + ": skipped: " + reason, family);
    }

    public boolean isSkip() {
        return family != null;
    }

    /** {@code file:line: severity: message}, the line left out when unknown. */
    public String toLine() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
