package org.pobratim.read;

import org.pobratim.atlas.ArticleAnswers;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.DataQuality;
import org.pobratim.atlas.Gazetteer;
import org.pobratim.search.NameSearch;

/**
 * One moment of the read side: the atlas snapshot, the gazetteer, the name search over both, and what is derived
 * from them once (the data-quality report, the article's answers). Immutable; every read takes one snapshot and
 * answers from it alone, so that nothing on a read path touches the database or computes what a write could
 * have computed.
 */
public record Snapshot(Atlas atlas, Gazetteer gazetteer, NameSearch search, DataQuality quality,
                       ArticleAnswers answers) {

    /** Builds everything from an atlas and a gazetteer (indexing the gazetteer takes seconds for cities1000). */
    public static Snapshot of(Atlas atlas, Gazetteer gazetteer) {
        return of(atlas, gazetteer, new NameSearch(atlas, gazetteer));
    }

    private static Snapshot of(Atlas atlas, Gazetteer gazetteer, NameSearch search) {
        return new Snapshot(atlas, gazetteer, search, DataQuality.of(atlas, gazetteer), ArticleAnswers.of(atlas));
    }

    /** The same gazetteer with a new atlas: the gazetteer's index is kept. */
    public Snapshot withAtlas(Atlas newAtlas) {
        return of(newAtlas, gazetteer, search.withAtlas(newAtlas));
    }

    /** The same atlas with a new gazetteer. */
    public Snapshot withGazetteer(Gazetteer newGazetteer) {
        return of(atlas, newGazetteer);
    }
}
