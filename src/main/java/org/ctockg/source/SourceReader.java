package org.ctockg.source;

/** Reads the text of one source format. */
interface SourceReader {
    SourceText read(byte[] bytes, InputLimits limits, Deadline deadline) throws UnreadableSourceException;
}
