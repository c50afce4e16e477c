package org.pobratim.web.api;

import org.pobratim.atlas.Atlas;
import org.pobratim.web.JsonResponses;

/**
 * The world map's answer, written once per atlas snapshot: tens of thousands of ties are serialized and hashed when
 * a new snapshot is first asked for, not on every request. Snapshots are immutable, so the atlas itself (its
 * identity, which also fixes its version) is the key; only the latest is kept.
 */
final class WorldMapCache {
    private Atlas atlas;
    private JsonResponses.Prepared answer;

    synchronized JsonResponses.Prepared answerFor(Atlas current) {
        if (current != atlas) {
            answer = JsonResponses.prepare(WorldMapView.of(current));
            atlas = current;
        }
        return answer;
    }
}
