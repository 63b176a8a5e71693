package org.ctockg.extract;

/**
 * What a recogniser leaves in the {@link ReportContext} for later ones to read: a recogniser
 * declares the facts it provides and those it needs, and {@link Recognisers} runs it after every
 * recogniser that provides one of its needs.
 */
enum ContextFact {
    /** The report and its text units are written. */
    STRUCTURE,
    /** {@code ctx.meetings}: the meetings the report is about. */
    MEETINGS,
    /** {@code ctx.conference}: the conference whose body or session the report is about. */
    CONFERENCE,
    /** {@code ctx.acts}: the decisions and resolutions named, where. */
    ACTS,
    /** {@code ctx.articles}: the articles of instruments named, where. */
    ARTICLES,
    /** {@code ctx.agendaHeadings}: the headings over the discussion of each agenda item. */
    AGENDA_HEADINGS
}
