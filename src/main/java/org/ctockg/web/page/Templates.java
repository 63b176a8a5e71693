package org.ctockg.web.page;

import java.io.StringWriter;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

/** The page templates, compiled once from the classpath; rendering escapes every value for HTML. */
public final class Templates {
    private final MustacheFactory factory = new DefaultMustacheFactory("org/ctockg/web/page");

    /** Renders {@code name.mustache} with the given view object. */
    public String render(String name, Object view) {
        StringWriter out = new StringWriter();
        factory.compile(name + ".mustache").execute(out, view);
        return out.toString();
    }
}
