package org.ctockg.text;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A report as structure: its file name, masthead lines, body blocks in order, footnotes by number. */
public record ReportDocument(String fileName, List<String> masthead, List<Block> blocks, Map<String, Block> footnotes) {

    public Stream<Block> blocks(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind);
    }

    /** The masthead as one text, lines joined by newlines. */
    public String mastheadText() {
        return String.join("\n", masthead);
    }
}
