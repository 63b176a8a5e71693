package org.ctockg.extract;

import org.ctockg.text.Block;

/**
 * A UN document's symbol named in a text unit; the meeting that had it before it, when the unit
 * says so or stands in the list of documents (null otherwise); and the title that list gives it
 * (null when none).
 */
record DocumentMention(Block unit, String symbol, ReportContext.Meeting before, String title) {
}
