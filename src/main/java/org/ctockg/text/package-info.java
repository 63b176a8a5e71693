/** Reading a report as text: cleaning converter debris, then masthead, headings, numbered paragraphs, footnotes, tables. */
package org.ctockg.text;
