package org.ctockg.web.page;

/** A paragraph that facts were read from: its text, which paragraph it is and of which report. */
public record Quote(String text, Link paragraph, Link report) {
}
