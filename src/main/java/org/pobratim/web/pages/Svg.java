package org.pobratim.web.pages;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as inline SVG: no chart library, nothing to download, readable without scripts.
 * Every chart has a title for screen readers; the pages show the same figures as a table beside it.
 */
final class Svg {
    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 6;

    private Svg() {
    }

    record Bar(String label, long value) {
    }

    /** A horizontal bar chart. */
    static String bars(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = bars.size() * (BAR_HEIGHT + GAP) + GAP;
        StringBuilder svg = open(title, height);
        int y = GAP;
        int room = WIDTH - LABEL_WIDTH - 50;
        for (Bar bar : bars) {
            int width = (int) Math.max(1, Math.round((double) bar.value() * room / max));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"chart-label\">%s</text>",
                    LABEL_WIDTH - 8, y + BAR_HEIGHT - 5, escape(bar.label())));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"chart-bar\"/>",
                    LABEL_WIDTH, y, width, BAR_HEIGHT));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"chart-value\">%d</text>",
                    LABEL_WIDTH + width + 6, y + BAR_HEIGHT - 5, bar.value()));
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** One row of a timeline: a label, the year it began and, when it ended or was suspended, that year. */
    record Span(String label, int from, Integer until) {
    }

    /** A timeline of ties: a dot where each began, a line while it lasted (to today when not known to end). */
    static String timeline(String title, List<Span> spans, int today) {
        if (spans.isEmpty()) {
            return "";
        }
        int first = spans.stream().mapToInt(Span::from).min().orElse(today) / 10 * 10;
        int last = Math.max(today, spans.stream().mapToInt(s -> s.until() == null ? s.from() : s.until()).max()
                .orElse(today));
        int axis = 22;
        int height = spans.size() * (BAR_HEIGHT + 2) + axis + GAP;
        StringBuilder svg = open(title, height);
        int left = LABEL_WIDTH;
        int room = WIDTH - left - 20;
        double perYear = (double) room / Math.max(1, last - first);
        for (int decade = first; decade <= last; decade += 10) {
            int x = left + (int) Math.round((decade - first) * perYear);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"chart-grid\"/>"
                            + "<text x=\"%d\" y=\"14\" text-anchor=\"middle\" class=\"chart-axis\">%d</text>",
                    x, axis - 4, x, height, x, decade));
        }
        int y = axis;
        for (Span span : spans) {
            int x1 = left + (int) Math.round((span.from() - first) * perYear);
            int end = span.until() == null ? last : span.until();
            int x2 = left + (int) Math.round((end - first) * perYear);
            int cy = y + BAR_HEIGHT / 2;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"chart-label\">%s</text>",
                    left - 8, cy + 4, escape(span.label() + " " + span.from())));
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"%s\"/>",
                    x1, cy, Math.max(x1, x2), cy, span.until() == null ? "chart-span" : "chart-span-ended"));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" class=\"chart-dot\"/>", x1, cy));
            y += BAR_HEIGHT + 2;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\""
                        + " class=\"chart\"><title>%s</title>",
                WIDTH, height, escape(title), escape(title)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
