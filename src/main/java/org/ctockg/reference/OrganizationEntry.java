package org.ctockg.reference;

import java.util.List;

/** An organization that takes part in meetings: the European Union, UNODC, INTERPOL ... with its kind. */
public record OrganizationEntry(String slug, String name, String kind, List<String> variants) {
}
