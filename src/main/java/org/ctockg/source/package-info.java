/** Reading source files (plain text, PDF, HTML) into report text, within stated limits, one reader per format. */
package org.ctockg.source;
