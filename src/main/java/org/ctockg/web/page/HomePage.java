package org.ctockg.web.page;

import java.util.List;

/** The home page: lists of reports, meetings, bodies and States, each entry linked to its page. */
public final class HomePage {
    public final String title = "ctoc-kg";
    public final List<Section> sections;

    public HomePage(List<Section> sections) {
        this.sections = sections;
    }

    /** One list and its entries. */
    public record Section(String title, String description, List<Entry> entries) {
        public int count() {
            return entries.size();
        }
    }

    /** One entry: a label, its page and a note (dates, counts). */
    public record Entry(String label, String href, String note) {
    }
}
