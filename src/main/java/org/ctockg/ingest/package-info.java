/** Reading many reports at once: worker threads extract them, one writer takes each report's triples in file order. */
package org.ctockg.ingest;
