package org.pobratim.web.pages;

import java.util.List;
import org.pobratim.curation.Change;

/** The accepted changes as an Atom 1.0 feed (RFC 4287): one entry per revision, its field changes as text. */
final class ChangesFeed {
    private ChangesFeed() {
    }

    static String atom(List<Change> changes, String base) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <title>Pobratim: accepted changes</title>\n"
                + "  <id>" + xml(base) + "/en/changes</id>\n  <link rel=\"self\" href=\"" + xml(base)
                + "/changes.atom\"/>\n  <link href=\"" + xml(base) + "/en/changes\"/>\n  <updated>"
                + (changes.isEmpty() ? "1970-01-01T00:00:00Z" : changes.get(0).at().toString()) + "</updated>\n");
        for (Change c : changes) {
            StringBuilder summary = new StringBuilder();
            c.fields().forEach(f -> summary.append(f.field()).append(": ").append(f.before() == null ? "–" : f.before())
                    .append(" → ").append(f.after() == null ? "–" : f.after()).append('\n'));
            x.append("  <entry>\n    <id>").append(xml(base)).append("/revision/").append(c.revision())
                    .append("</id>\n    <title>").append(xml(c.entityType() + " " + c.entityId() + " " + c.action()))
                    .append("</title>\n    <updated>").append(c.at()).append("</updated>\n    <author><name>")
                    .append(xml(c.actor())).append("</name></author>\n");
            if (c.entityType().equals("tie")) {
                x.append("    <link href=\"").append(xml(base + "/en/tie/" + c.entityId())).append("\"/>\n");
            }
            x.append("    <summary>").append(xml(summary.toString().strip())).append("</summary>\n  </entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    private static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
