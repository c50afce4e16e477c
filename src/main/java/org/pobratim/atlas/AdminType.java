package org.pobratim.atlas;

/** The kind of a Serbian local self-government unit, or a settlement within one. */
public enum AdminType implements Coded {
    /** grad */
    CITY("grad"),
    /** opština */
    MUNICIPALITY("opstina"),
    /** gradska opština (a city municipality, e.g. of Belgrade) */
    CITY_MUNICIPALITY("gradska-opstina"),
    /** naselje: a settlement that is not itself a unit (Bajmok, of Subotica); its admin names the parent unit */
    SETTLEMENT("naselje");

    private final String code;

    /** True for a local self-government unit (grad, opština, gradska opština), false for a settlement. */
    public boolean isUnit() {
        return this != SETTLEMENT;
    }

    AdminType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
