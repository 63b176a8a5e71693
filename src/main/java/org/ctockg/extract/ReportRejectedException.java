package org.ctockg.extract;

import org.ctockg.diagnostics.Diagnostic;

/** A file that cannot be read as a report; the message names the reason, never a stack trace. */
public class ReportRejectedException extends Exception {
    private final String file;

    public ReportRejectedException(String file, String reason) {
        super(reason);
        this.file = file;
    }

    public String file() {
        return file;
    }

    public Diagnostic toDiagnostic() {
        return Diagnostic.error(file, getMessage());
    }
}
