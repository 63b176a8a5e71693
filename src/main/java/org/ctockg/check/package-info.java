/** What was read from a report: the facts recognised per family (counted by a query) and what was skipped, and why. */
package org.ctockg.check;
