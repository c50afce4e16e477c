package org.pobratim.atlas;

/** The kind of a Serbian local self-government unit. */
public enum AdminType implements Coded {
    /** grad */
    CITY("grad"),
    /** opština */
    MUNICIPALITY("opstina"),
    /** gradska opština (a city municipality, e.g. of Belgrade) */
    CITY_MUNICIPALITY("gradska-opstina");

    private final String code;

    AdminType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
