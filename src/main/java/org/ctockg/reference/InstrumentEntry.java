package org.ctockg.reference;

import java.util.List;

/** A convention or protocol; {@code variants} starts with its short name. */
public record InstrumentEntry(String code, String kind, String name, String parentCode, List<String> variants) {
}
