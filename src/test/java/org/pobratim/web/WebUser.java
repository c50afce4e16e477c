package org.pobratim.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for the account tests, over real HTTP: keeps the cookies the server sets (and drops the ones it
 * expires), sends them back, and reads a form's CSRF token from the page.
 */
final class WebUser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final RunningAtlas atlas;
    final Map<String, String> cookies = new LinkedHashMap<>();
    final List<String> setCookieHeaders = new ArrayList<>();

    WebUser(RunningAtlas atlas) {
        this.atlas = atlas;
    }

    HttpResponse<String> get(String path) {
        return keep(atlas.get(path, headers()));
    }

    HttpResponse<String> post(String path, String... fields) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.add(Map.entry(fields[i], fields[i + 1]));
        }
        return keep(atlas.post(path, form, headers()));
    }

    /** The CSRF token of the first form on the page at {@code path}. */
    String csrf(String path) {
        Matcher m = CSRF.matcher(get(path).body());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on " + path);
        }
        return m.group(1);
    }

    /** Logs in through the form; the answer to the POST. */
    HttpResponse<String> logIn(String name, String password) {
        String token = csrf("/en/login");
        return post("/en/login", "csrf", token, "name", name, "password", password);
    }

    private String[] headers() {
        if (cookies.isEmpty()) {
            return new String[0];
        }
        StringBuilder value = new StringBuilder();
        cookies.forEach((k, v) -> value.append(value.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        return new String[] {"Cookie", value.toString()};
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            setCookieHeaders.add(header);
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (header.contains("Max-Age=0") || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}
