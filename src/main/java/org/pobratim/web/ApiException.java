package org.pobratim.web;

/** A request that cannot be answered, as an RFC 9457 problem: status, short title, and a detail that helps. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final String parameter;

    private ApiException(int status, String title, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not Found", detail, null);
    }

    /** No credentials, or unknown ones (a {@code WWW-Authenticate: Bearer} header goes with it). */
    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "Unauthorized", detail, null);
    }

    /** A request that is understood but not allowed (a token without the scope). */
    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Forbidden", detail, null);
    }

    /** Any other refusal, with its status, naming the offending field or parameter (or null). */
    public static ApiException of(int status, String title, String detail, String parameter) {
        return new ApiException(status, title, detail, parameter);
    }

    /** A bad query or path parameter, named in the problem so a client can point at it. */
    public static ApiException badParameter(String parameter, String detail) {
        return new ApiException(400, "Bad Request", "parameter '" + parameter + "': " + detail, parameter);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The offending parameter, or null. */
    public String parameter() {
        return parameter;
    }
}
