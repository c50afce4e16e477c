package org.pobratim.atlas;

import java.util.Set;

/**
 * A national affiliation as Serbian censuses count it (2022: "nacionalna pripadnost"), with its kin state: the
 * country whose titular nation it is, where there is one. Serbs are the home nation and have no kin state abroad
 * here; Roma, Vlachs, Bunjevci, Gorani, Rusyns, Muslims and Yugoslavs have none (a choice written down in
 * docs/explain.md), nor do the census's residual columns.
 */
public enum Nationality implements Coded {
    SERBS("serbs"),
    ALBANIANS("albanians", "AL"),
    BOSNIAKS("bosniaks", "BA"),
    BULGARIANS("bulgarians", "BG"),
    BUNJEVCI("bunjevci"),
    VLACHS("vlachs"),
    GORANI("gorani"),
    YUGOSLAVS("yugoslavs"),
    HUNGARIANS("hungarians", "HU"),
    MACEDONIANS("macedonians", "MK"),
    MUSLIMS("muslims"),
    GERMANS("germans", "DE", "AT"),
    ROMA("roma"),
    ROMANIANS("romanians", "RO", "MD"),
    RUSSIANS("russians", "RU"),
    RUSYNS("rusyns"),
    SLOVAKS("slovaks", "SK"),
    SLOVENES("slovenes", "SI"),
    UKRAINIANS("ukrainians", "UA"),
    CROATS("croats", "HR"),
    MONTENEGRINS("montenegrins", "ME"),
    CZECHS("czechs", "CZ"),
    GREEKS("greeks", "GR", "CY"),
    TURKS("turks", "TR"),
    ASHKALI("ashkali"),
    EGYPTIANS("egyptians"),
    OTHERS("others"),
    UNDECLARED("undeclared"),
    REGIONAL("regional"),
    UNKNOWN("unknown");

    private final String code;
    private final Set<String> kinStates;

    Nationality(String code, String... kinStates) {
        this.code = code;
        this.kinStates = Set.of(kinStates);
    }

    @Override
    public String code() {
        return code;
    }

    /** The countries (ISO 3166-1 alpha-2) whose titular nation this is; empty for none. */
    public Set<String> kinStates() {
        return kinStates;
    }
}
