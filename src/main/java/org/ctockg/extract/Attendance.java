package org.ctockg.extract;

import java.util.List;

import org.ctockg.text.Block;

/**
 * That a participant was represented at some of the report's meetings in a role, read from an
 * attendance paragraph ({@code from}) and the footnotes that restrict it to some meetings.
 */
record Attendance(NamedParticipants.Named who, ParticipationRole role, List<ReportContext.Meeting> meetings, Block from,
                  List<Block> footnotes, boolean partial) {
}
