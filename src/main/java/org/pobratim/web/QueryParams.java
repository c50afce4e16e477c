package org.pobratim.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.TieFilter;
import org.pobratim.atlas.TieQuery;

/** Parses and checks query parameters; anything wrong becomes a 400 that names the parameter. */
public final class QueryParams {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final int MAX_TEXT = org.pobratim.search.NameSearch.MAX_QUERY;

    private final Context ctx;

    public QueryParams(Context ctx, Set<String> allowed) {
        this.ctx = ctx;
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw ApiException.badParameter(name, "unknown parameter; this endpoint takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        for (var entry : ctx.queryParamMap().entrySet()) {
            if (entry.getValue().size() > 1) {
                throw ApiException.badParameter(entry.getKey(), "given more than once");
            }
        }
    }

    /** The raw value, null when absent or empty. */
    public String text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ApiException.badParameter(name, "longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    /** An ISO 3166-1 alpha-2 code, upper-cased. */
    public String country(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("[A-Za-z]{2}")) {
            throw ApiException.badParameter(name, "'" + value + "' is not an ISO 3166-1 alpha-2 country code like RS");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    public <E extends Enum<E> & Coded> E code(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return Coded.parse(type, value).orElseThrow(() -> ApiException.badParameter(name,
                "'" + value + "' is not one of " + Coded.choices(type)));
    }

    public Integer integer(String name, int min, int max) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "'" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw ApiException.badParameter(name, n + " is outside " + min + ".." + max);
        }
        return n;
    }

    /** The ties list's filters ({@link TieFilter}); a refused one is a 400 naming it. */
    public TieQuery ties(Atlas atlas) {
        try {
            return TieFilter.parse(this::text, atlas);
        } catch (TieFilter.Refused e) {
            throw ApiException.badParameter(e.filter(), e.getMessage());
        }
    }

    public int offset() {
        Integer offset = integer("offset", 0, Integer.MAX_VALUE);
        return offset == null ? 0 : offset;
    }

    public int limit() {
        Integer limit = integer("limit", 1, MAX_LIMIT);
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
