package org.pobratim.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.pobratim.curation.Curation;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.Problem;
import org.pobratim.web.ApiException;

/**
 * How the curation API reads a request and says no (CurationRoutes): the JSON body within its limit, the version a
 * change was made against (the {@code version} field or {@code If-Match}), and refusals as problems naming the field.
 */
final class CurationRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 64 * 1024;

    private CurationRequests() {
    }

    static JsonNode body(Context ctx) {
        if (ctx.bodyAsBytes().length > MAX_BODY) {
            throw ApiException.of(413, "Content Too Large", "the body has more than " + MAX_BODY + " bytes", null);
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyAsBytes());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw bad("body", "is not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw bad("body", "cannot be read: " + e.getMessage());
        }
        if (body == null || !body.isObject()) {
            throw bad("body", "must be a JSON object with version, agreements (or entry) and note");
        }
        return body;
    }
    static ApiException rejected(InputRejected e) {
        return bad("entry", e.problems().size() + " problem(s): " + e.problems().stream().map(Problem::toString)
                .collect(java.util.stream.Collectors.joining("; ")));
    }
    /**
     * The version a change was made against: the body's {@code version}, or the ETag of the record's entry sent back
     * in {@code If-Match} ({@code "v3"}); both given, they must agree.
     */
    static int seen(Context ctx, JsonNode body, String type) {
        String ifMatch = ctx.header("If-Match");
        Integer fromHeader = null;
        if (ifMatch != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(?:W/)?\"v(\\d{1,9})\"\\s*")
                    .matcher(ifMatch);
            if (!m.matches()) {
                throw ApiException.of(400, "Bad Request", "If-Match: must be the ETag of the " + type
                        + "'s entry, like \"v3\"", "If-Match");
            }
            fromHeader = Integer.parseInt(m.group(1));
        }
        if (body.has("version") && !body.path("version").isInt()) {
            throw bad("version", "must be a whole number");
        }
        if (fromHeader != null && body.has("version") && body.path("version").asInt() != fromHeader) {
            throw bad("version", "says " + body.path("version").asInt() + ", If-Match says " + fromHeader);
        }
        if (fromHeader == null && !body.has("version")) {
            throw bad("version", "is required (or If-Match): the " + type + "'s version the change was made "
                    + "against (see its entry or history; 0 for a new one)");
        }
        return fromHeader != null ? fromHeader : body.path("version").asInt();
    }
    /**
     * The entry's ETag: its version in the store, as {@code If-Match} sends it back (weak, as every tag of the API:
     * one tag for the plain and the gzip body).
     */
    static String etag(int version) {
        return "W/\"v" + version + "\"";
    }
    /** A refusal; a version conflict of a request made with If-Match is 412, as HTTP has it. */
    static ApiException refused(Curation.Refused e, Context ctx) {
        if (e.status() == 409 && ctx.header("If-Match") != null) {
            ApiException conflict = refused(e);
            return ApiException.of(412, "Precondition Failed", conflict.getMessage(), "If-Match");
        }
        return refused(e);
    }
    static ApiException refused(Curation.Refused e) {
        String meanwhile = e.meanwhile().isEmpty() ? "" : "; changed meanwhile: " + e.meanwhile().stream()
                .map(f -> f.field() + " " + f.before() + " → " + f.after()).reduce((a, b) -> a + ", " + b).orElse("");
        String title = switch (e.status()) {
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            default -> "Bad Request";
        };
        return ApiException.of(e.status(), title, (e.field() == null ? "" : e.field() + ": ") + e.getMessage()
                + meanwhile, e.field());
    }
    static ApiException bad(String field, String detail) {
        return ApiException.of(400, "Bad Request", field + ": " + detail, field);
    }
}
