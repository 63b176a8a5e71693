package org.ctockg.diagnostics;

public enum Severity { INFO, WARNING, ERROR }
