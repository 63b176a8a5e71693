package org.ctockg.extract;

import org.ctockg.reference.BodyEntry;
import org.ctockg.text.DateRange;

/**
 * The meeting a document was issued for (its masthead names it; the document does not report on
 * it): the body, the conference's session number (null for a meeting of a subsidiary body), and
 * the days and place printed (null when not).
 */
record IssuedFor(BodyEntry body, Integer session, DateRange dates, String venue) {
}
