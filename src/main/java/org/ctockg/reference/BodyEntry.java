package org.ctockg.reference;

import java.util.List;

/** A conference, a working group of one, or another organ that adopts resolutions; names over time as variants. */
public record BodyEntry(String slug, String code, String name, String kind, String conferenceSlug, String instrumentCode,
                        List<String> variants) {

    public boolean isConference() {
        return "conference".equals(kind);
    }
}
