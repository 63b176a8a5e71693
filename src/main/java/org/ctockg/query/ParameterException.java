package org.ctockg.query;

/** A parameter value (or name) a query cannot take: which parameter, and why, in words for the user. */
public final class ParameterException extends RuntimeException {
    private final String parameter;
    private final String reason;

    public ParameterException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
