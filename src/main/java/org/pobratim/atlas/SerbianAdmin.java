package org.pobratim.atlas;

/** Where a Serbian local self-government unit stands: its kind and its district (okrug), when known. */
public record SerbianAdmin(AdminType type, String district) {
    public SerbianAdmin {
        if (type == null) {
            throw new IllegalArgumentException("admin type is required");
        }
    }
}
