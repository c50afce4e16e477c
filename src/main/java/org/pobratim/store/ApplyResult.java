package org.pobratim.store;

/** What a write did: how many records were created, changed, or already as given. */
public record ApplyResult(int created, int updated, int unchanged) {
    public int changed() {
        return created + updated;
    }
}
