package org.ctockg.extract;

/** Finds one family of facts in a report and writes them, each with the text unit it came from. */
interface Recognizer {
    void recognise(ReportContext ctx);
}
