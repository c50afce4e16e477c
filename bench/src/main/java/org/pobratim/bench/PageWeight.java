package org.pobratim.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a first visit transfers, compressed as the server sends it to a browser: the page, every script, stylesheet
 * and icon it references, and the country shapes and map data its map script fetches. Prints each part and fails (exit 1) when
 * the home page exceeds 150 KB (its first load: the world view is fetched only on demand) or a city page 100 KB
 * (Belgrade's, the city with most ties, and Šabac's).
 * Run: {@code bench/page-weight.sh}.
 */
public final class PageWeight {
    /** What a browser loads with the page: scripts, stylesheets, the icon (not the other languages' links). */
    private static final Pattern ASSET = Pattern.compile(
            "<script[^>]+src=\"(/[^\"]+)\"|<link rel=\"(?:stylesheet|icon)\" href=\"(/[^\"]+)\"");
    /** The map's data when the page does not carry it (the home page's: fetched by map.js at once). */
    private static final Pattern MAP_SRC = Pattern.compile("id=\"map\"[^>]* data-src=\"([^\"]+)\"");
    private static final Map<String, Integer> BUDGET_KB = new LinkedHashMap<>();

    static {
        BUDGET_KB.put("/en/", 150);
        BUDGET_KB.put("/en/city/rs-beograd", 100);
        BUDGET_KB.put("/sr-Cyrl/city/rs-sabac", 100);
    }

    private PageWeight() {
    }

    public static void main(String[] args) throws Exception {
        boolean over = false;
        try (BenchServer server = new BenchServer()) {
            for (Map.Entry<String, Integer> page : BUDGET_KB.entrySet()) {
                HttpResponse<byte[]> html = server.get(page.getKey());
                String text = new String(decoded(html), java.nio.charset.StandardCharsets.UTF_8);
                List<String> assets = new ArrayList<>();
                Matcher m = ASSET.matcher(text);
                while (m.find()) {
                    assets.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
                if (text.contains("id=\"map\"")) {
                    assets.add("/shapes/countries.geojson");
                }
                Matcher src = MAP_SRC.matcher(text);
                if (src.find()) {
                    assets.add(src.group(1).replace("&amp;", "&"));
                }
                long total = html.body().length;
                System.out.printf("%s%n  %-45s %8.1f KB%n", page.getKey(), "page", html.body().length / 1024.0);
                for (String asset : assets) {
                    long size = server.get(asset).body().length;
                    total += size;
                    System.out.printf("  %-45s %8.1f KB%n", asset, size / 1024.0);
                }
                boolean fits = total <= page.getValue() * 1024L;
                over |= !fits;
                System.out.printf("  %-45s %8.1f KB (budget %d KB: %s)%n", "total, first load", total / 1024.0,
                        page.getValue(), fits ? "met" : "EXCEEDED");
            }
        }
        if (over) {
            System.exit(1);
        }
    }

    private static byte[] decoded(HttpResponse<byte[]> response) throws java.io.IOException {
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
                return in.readAllBytes();
            }
        }
        return response.body();
    }
}
