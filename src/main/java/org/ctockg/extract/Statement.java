package org.ctockg.extract;

import org.ctockg.text.Block;

/**
 * A statement made at a meeting, read from a text unit: who made it, at which meeting, under
 * which agenda item (its number as printed, null when unknown), and whether the list of speakers
 * it came from was given in part only ("inter alia").
 */
record Statement(Block unit, NamedParticipants.Named speaker, ReportContext.Meeting meeting, String agendaItem,
                 boolean partial) {
}
