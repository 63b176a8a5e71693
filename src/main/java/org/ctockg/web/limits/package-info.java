/** What one request may cost the server: time (also inside one regular expression), threads, memory and request size. */
package org.ctockg.web.limits;
