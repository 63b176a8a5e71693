package org.ctockg.extract;

import org.ctockg.text.Block;

/** A person named as serving a meeting in an office (chair, vice-chair, rapporteur, panellist), and where. */
record PersonInRole(NamedPerson person, MeetingOffice office, Block from) {
}
