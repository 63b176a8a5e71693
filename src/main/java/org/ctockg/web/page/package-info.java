/**
 * HTML pages for people: the view of a resource, of a report, the home page. Each page is a
 * Mustache template in {@code src/main/resources/org/ctockg/web/page/} filled from a small view
 * object; Mustache escapes everything it prints.
 */
package org.ctockg.web.page;
