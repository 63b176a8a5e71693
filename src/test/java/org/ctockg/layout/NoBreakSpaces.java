package org.ctockg.layout;

import java.util.Random;

/** Some spaces printed as no-break or narrow no-break spaces, as word processors do. */
final class NoBreakSpaces implements Relayout {
    @Override
    public String apply(String text, Random random) {
        double share = 0.05 + random.nextDouble() * 0.3;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean between = i > 0 && i + 1 < text.length() && text.charAt(i - 1) > ' ' && text.charAt(i + 1) > ' ';
            if (c == ' ' && between && random.nextDouble() < share) {
                out.append(random.nextInt(4) == 0 ? '\u202F' : '\u00A0');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
