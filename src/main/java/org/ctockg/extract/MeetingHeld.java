package org.ctockg.extract;

import org.ctockg.reference.BodyEntry;
import org.ctockg.text.DateRange;

/**
 * A meeting a report is about, as its title and masthead give it: the body that met, its days
 * and place (null when not given), its ordinal and the conference session during which it met.
 */
record MeetingHeld(BodyEntry body, DateRange dates, String venue, MeetingNumbering.Numbering numbering) {
}
