package org.pobratim.atlas;

/** The kind of a signed agreement, as Serbian practice names them. */
public enum AgreementKind implements Coded {
    /** povelja / sporazum o bratimljenju */
    TWINNING("twinning"),
    /** deklaracija / sporazum o prijateljstvu */
    FRIENDSHIP("friendship"),
    /** sporazum o saradnji */
    COOPERATION("cooperation"),
    /** protokol, memorandum */
    PROTOCOL("protocol"),
    /** pismo o namerama */
    LETTER_OF_INTENT("letter-of-intent"),
    /** sporazum o partnerstvu */
    PARTNERSHIP("partnership"),
    OTHER("other");

    private final String code;

    AgreementKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
