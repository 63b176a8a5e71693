package org.ctockg.diagnostics;

/** One problem found in one input, shown to the user as one line. */
public record Diagnostic(Severity severity, String file, int line, String message) {

    public static Diagnostic error(String file, String message) {
        return new Diagnostic(Severity.ERROR, file, 0, message);
    }

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(Severity.WARNING, file, line, message);
    }

    /** {@code file:line: severity: message}, the line left out when unknown. */
    public String toLine() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
