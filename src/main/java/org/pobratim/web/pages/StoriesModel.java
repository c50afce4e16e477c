package org.pobratim.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Tie;
import org.pobratim.web.pages.Views.Story;

/** The stories page: the ties a source explains, and the inexplicable ones, with how many no source explains. */
final class StoriesModel {
    private StoriesModel() {
    }

    static Views.StoriesPage build(PageParts parts) {
        PageText text = parts.text;
        List<Tie> serbian = parts.serbianTies();
        List<Story> explained = new ArrayList<>();
        List<Story> inexplicable = new ArrayList<>();
        for (Tie tie : serbian) {
            for (Reason reason : tie.reasons()) {
                (reason.category() == ReasonCategory.UNKNOWN ? inexplicable : explained).add(parts.story(tie, reason));
            }
        }
        long unknown = serbian.stream().filter(t -> t.reasonCategories().equals(Set.of(ReasonCategory.UNKNOWN)))
                .count();
        return new Views.StoriesPage(parts.chrome(text.t("stories.title"), text.t("stories.description"),
                "/stories"), explained, inexplicable, text.t("stories.unknownShare", unknown, serbian.size()));
    }
}
