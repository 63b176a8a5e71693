package org.ctockg.layout;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PDF converter prints where a page ends and the next begins, at random places (between
 * blocks, mid-sentence, mid-list): the job number, the barcode, the page number, the running
 * header with the document's symbol, in the forms UN documents print them.
 */
final class PageBreakDebris implements Relayout {
    private static final Pattern OWN_SYMBOL = Pattern.compile("(?m)^\\s*((?:CTOC|CAC|A|E)(?:/[A-Za-z0-9.]+){2,})\\s*$");

    @Override
    public String apply(String text, Random random) {
        String symbol = ownSymbol(text);
        String job = String.format("V.%02d-%05d", 5 + random.nextInt(20), random.nextInt(100000));
        String barcode = "*" + job.substring(2).replace("-", "") + "*";
        List<String> lines = TextBlocks.lines(text);
        int breaks = 2 + random.nextInt(5);
        int pages = breaks + 2;
        for (int k = 0; k < breaks; k++) {
            int at = lines.size() <= 8 ? random.nextInt(lines.size()) : 6 + random.nextInt(lines.size() - 8);
            String line = lines.get(at);
            int page = 2 + k;
            String debris = debris(random, job, barcode, symbol, page, pages);
            int cut = line.length() > 20 && random.nextBoolean() ? line.indexOf(' ', 5 + random.nextInt(line.length() - 10)) : -1;
            if (cut > 0 && !line.startsWith("#") && line.indexOf('\t') < 0) {
                lines.set(at, line.substring(0, cut) + debris + line.substring(cut + 1));
            } else {
                lines.set(at, line + debris);
            }
        }
        return String.join("\n", lines);
    }

    private static String debris(Random random, String job, String barcode, String symbol, int page, int pages) {
        String gap = random.nextBoolean() ? "\n\n" : "\n";
        return switch (random.nextInt(6)) {
            case 0 -> gap + job + gap + page + gap + symbol + gap;
            case 1 -> gap + page + " " + job + gap + symbol + gap;
            case 2 -> gap + job + " (E)    151112    161112" + gap + barcode + gap;
            case 3 -> gap + page + "/" + pages + gap;
            case 4 -> gap + job + " ".repeat(40 + random.nextInt(30)) + page + "\n\f" + " ".repeat(50 + random.nextInt(20)) + symbol + gap;
            default -> gap + job + " " + page + "/" + pages + gap + barcode + gap + symbol + gap;
        };
    }

    /** The symbol printed alone on a line near the top, else one such a report could have. */
    private static String ownSymbol(String text) {
        Matcher m = OWN_SYMBOL.matcher(text.substring(0, Math.min(text.length(), 1500)));
        return m.find() ? m.group(1) : "CTOC/COP/WG.9/2099/9";
    }
}
