/** Problems with the input, collected with file and line and shown as one line each. */
package org.ctockg.diagnostics;
