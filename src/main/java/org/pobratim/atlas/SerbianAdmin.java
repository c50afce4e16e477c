package org.pobratim.atlas;

/**
 * Where a Serbian place stands: its kind, its district (okrug) when known, and for a settlement the id of the unit
 * it belongs to ({@code parent}, required for a settlement and only for one).
 */
public record SerbianAdmin(AdminType type, String district, String parent) {
    public SerbianAdmin {
        if (type == null) {
            throw new IllegalArgumentException("admin type is required");
        }
        if (type == AdminType.SETTLEMENT && (parent == null || parent.isBlank())) {
            throw new IllegalArgumentException("a settlement (naselje) needs its parent unit");
        }
        if (type != AdminType.SETTLEMENT && parent != null) {
            throw new IllegalArgumentException("only a settlement (naselje) has a parent unit");
        }
    }

    /** A unit's place: its kind and district. */
    public SerbianAdmin(AdminType type, String district) {
        this(type, district, null);
    }
}
