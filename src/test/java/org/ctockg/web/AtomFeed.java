package org.ctockg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An Atom feed read strictly (namespace-aware XML, no DTD) and checked against what RFC 4287
 * requires of a feed and of each entry; its entries as records for the tests' assertions.
 */
public record AtomFeed(String id, Instant updated, List<Entry> entries) {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One entry: id, title, when, category term, alternate link (null when none). */
    public record Entry(String id, String title, Instant updated, String category, String link) {
    }

    public static AtomFeed parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "a".equals(prefix) ? ATOM : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        assertEquals(ATOM, doc.getDocumentElement().getNamespaceURI());
        assertEquals("feed", doc.getDocumentElement().getLocalName());
        String id = one(x, doc, "/a:feed/a:id");
        assertFalse(one(x, doc, "/a:feed/a:title").isBlank());
        Instant updated = date(one(x, doc, "/a:feed/a:updated"));
        assertFalse(one(x, doc, "/a:feed/a:author/a:name").isBlank(), "a feed without authors in every entry names one");
        List<Entry> entries = new ArrayList<>();
        NodeList nodes = (NodeList) x.evaluate("/a:feed/a:entry", doc, XPathConstants.NODESET);
        for (int i = 0; i < nodes.getLength(); i++) {
            Node e = nodes.item(i);
            String link = x.evaluate("a:link[@rel='alternate']/@href", e);
            String summary = x.evaluate("a:summary", e);
            assertTrue(!link.isBlank() || !summary.isBlank(), "an entry has a link or a summary");
            entries.add(new Entry(one(x, e, "a:id"), one(x, e, "a:title"), date(one(x, e, "a:updated")),
                    x.evaluate("a:category/@term", e), link.isBlank() ? null : link));
        }
        return new AtomFeed(id, updated, entries);
    }

    private static String one(XPath x, Object context, String path) throws Exception {
        NodeList found = (NodeList) x.evaluate(path, context, XPathConstants.NODESET);
        assertEquals(1, found.getLength(), "exactly one " + path);
        String text = found.item(0).getTextContent().strip();
        assertFalse(text.isEmpty(), path + " is empty");
        return text;
    }

    /** An RFC 3339 date-time, as Atom requires. */
    private static Instant date(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
