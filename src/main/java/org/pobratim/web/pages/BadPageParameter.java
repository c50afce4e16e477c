package org.pobratim.web.pages;

/**
 * A page's query parameter that cannot be understood: answered with a 400 page that names it, in the page's
 * language ({@code key} is the message, {@code arguments} fill it; the first is the parameter's name).
 */
public final class BadPageParameter extends RuntimeException {
    private final String parameter;
    private final String key;
    private final Object[] arguments;

    BadPageParameter(String parameter, String key, Object... arguments) {
        super("query parameter '" + parameter + "' (" + key + ")");
        this.parameter = parameter;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String parameter() {
        return parameter;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
