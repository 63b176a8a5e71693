package org.ctockg.reference;

import java.util.List;

/** A UN Member State or observer State: ISO 3166-1 codes, M49 code, the name UN documents use, other spellings. */
public record StateEntry(String alpha3, String alpha2, String m49, String name, String status, List<String> variants) {
}
