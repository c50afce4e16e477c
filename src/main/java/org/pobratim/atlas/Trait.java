package org.pobratim.atlas;

/** A trait two twinned towns share, recorded only where a source states it as part of the reason. */
public enum Trait implements Coded {
    MINING("mining"),
    INDUSTRY("industry"),
    SPA("spa"),
    WINE("wine"),
    AGRICULTURE("agriculture"),
    RIVER_PORT("river-port"),
    UNIVERSITY("university"),
    TOURISM("tourism"),
    HERITAGE("heritage");

    private final String code;

    Trait(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
