package org.ctockg.extract;

import org.ctockg.text.Block;

/**
 * An item of a meeting's agenda as the report prints it: its number ("2", or "1 (b)" for a
 * lettered sub-item), its title when given, where it was read and from what kind of passage.
 */
record AgendaEntry(ReportContext.Meeting meeting, String number, String title, Block from, Source source) {

    /** Where an item's title was read, the most reliable first: the adopted agenda wins over a heading. */
    enum Source {
        /** The agenda the meeting adopted, printed as a list. */
        AGENDA_LIST,
        /** A section heading over the discussion of the item, or a heading naming the item's number. */
        HEADING,
        /** "considered agenda item 2, entitled “...”" or "considered item 5 (other matters)". */
        CONSIDERED
    }

    boolean isSubItem() {
        return number.indexOf('(') >= 0;
    }

    /** "2", "2(a)", "2 (a)" → "2" or "2 (a)". */
    static String number(String printed) {
        String n = printed.replaceAll("[\\s()]+", "");
        return n.matches("\\d+[a-z]") ? n.substring(0, n.length() - 1) + " (" + n.charAt(n.length() - 1) + ")" : n;
    }
}
