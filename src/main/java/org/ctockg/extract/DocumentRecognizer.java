package org.ctockg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ctockg.text.Block;
import org.ctockg.text.BlockKind;
import org.ctockg.text.DocumentSymbols;
import org.ctockg.text.Masthead;

/**
 * UN documents: every symbol mentioned (footnotes and tables too, the report's own symbol
 * aside), and those that were before the meeting: the annex list of documents and the
 * paragraphs saying the body "had before it" a document. A document keeps the title the list
 * gives it: the last column of the annex table, or the words before the symbol in "(a)
 * Provisional agenda and annotations (CTOC/COP/WG.2/2018/1);". Each is a {@link DocumentMention},
 * written by {@link DocumentWriter}.
 */
final class DocumentRecognizer implements Recognizer {
    @Override
    public Set<ContextFact> needs() {
        return Set.of(ContextFact.MEETINGS, ContextFact.CONFERENCE);
    }

    private static final Pattern HAD_BEFORE = Pattern.compile("(?i)\\bhad\\s+before\\s+(?:it|them)\\b|\\bdocuments?\\s+(?:were\\s+|was\\s+)?before\\s+the\\b");
    private static final Pattern LIST_CAPTION = Pattern.compile(
            "(?i)^(?:annex(?:es)?(?:\\s+[IVX0-9]+)?\\.?\\s+)?(?:list\\s+of\\s+documents|documents\\s+before)\\b");
    private static final Pattern TITLED_ITEM = Pattern.compile("^(\\p{Lu}.{2,400}?)\\s*\\(([^()]{5,200})\\)\\s*[;.]?\\s*(?:and)?\\s*$");
    private static final Pattern NOT_A_TITLE = Pattern.compile("^[\\d\\s(),a-z-]*$");

    @Override
    public void recognise(ReportContext ctx) {
        if (ctx.conference == null && ctx.meetings.isEmpty()) {
            return; // a document of another body holds none of our facts
        }
        String own = Masthead.read(ctx.doc.masthead()).symbol();
        boolean inList = false;
        DocumentWriter writer = new DocumentWriter(ctx);
        for (Block b : ctx.doc.blocks()) {
            if (b.kind() == BlockKind.HEADING && b.level() == 1) {
                inList = false;
            }
            if ((b.kind() == BlockKind.HEADING || b.kind() == BlockKind.TEXT) && LIST_CAPTION.matcher(b.text()).find()) {
                // a table printed without blank lines runs on from its caption: its symbols are the list's
                inList = true;
            }
            List<String> symbols = DocumentSymbols.find(b.text());
            if (symbols.isEmpty()) {
                continue;
            }
            boolean before = inList || (b.kind() == BlockKind.PARAGRAPH && HAD_BEFORE.matcher(b.text()).find())
                    || (b.kind() == BlockKind.SUBPARAGRAPH && b.paragraph() != null && HAD_BEFORE.matcher(b.paragraph().text()).find());
            for (String symbol : symbols) {
                if (symbol.equals(own)) {
                    continue;
                }
                ReportContext.Meeting meeting = before ? ctx.meetingFor(b).orElse(null) : null;
                String title = before ? title(b, inList).orElse(null) : null;
                writer.write(new DocumentMention(b, symbol, meeting, title));
            }
        }
    }

    /** The title a list of documents gives: the table's last column, or the item's words before its symbol. */
    static Optional<String> title(Block b, boolean inList) {
        if (b.kind() == BlockKind.TABLE_ROW && inList) {
            List<String> cells = b.cells();
            String last = cells.get(cells.size() - 1).strip();
            return cells.size() > 1 && !NOT_A_TITLE.matcher(last).matches() && DocumentSymbols.find(last).isEmpty()
                    ? Optional.of(last) : Optional.empty();
        }
        if (b.kind() == BlockKind.SUBPARAGRAPH) {
            Matcher m = TITLED_ITEM.matcher(b.text());
            if (m.matches() && !DocumentSymbols.find(m.group(2)).isEmpty() && DocumentSymbols.find(m.group(1)).isEmpty()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }
}
