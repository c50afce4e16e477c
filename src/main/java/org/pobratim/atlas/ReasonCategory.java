package org.pobratim.atlas;

/** Why two cities are tied. */
public enum ReasonCategory implements Coded {
    WAR_MEMORY("war-memory"),
    RELIGIOUS("religious"),
    DIASPORA("diaspora"),
    ECONOMY("economy"),
    CULTURE("culture"),
    SHARED_NAME("shared-name"),
    NEIGHBOURS("neighbours"),
    POLITICAL("political"),
    UNKNOWN("unknown");

    private final String code;

    ReasonCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
