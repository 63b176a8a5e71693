package org.ctockg.web.page;

import java.util.List;

/** A property and its values, as a row of a resource page. */
public record PropertyValues(String label, String href, List<Value> values) {
}
