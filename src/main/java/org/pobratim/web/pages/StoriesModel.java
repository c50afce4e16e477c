package org.pobratim.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Tie;
import org.pobratim.explain.Explanations;
import org.pobratim.web.pages.Views.Story;

/** The stories page: the ties a source explains, and the inexplicable ones, with how many no source explains. */
final class StoriesModel {
    private static final int RANKED = 15;
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
                "/stories"), explained, inexplicable, text.t("stories.unknownShare", unknown, serbian.size()),
                ranked(parts, Explanations.Order.INEXPLICABLE), ranked(parts, Explanations.Order.EXPLAINED));
    }

    /** The first {@value #RANKED} Serbian ties of a ranking by explicability. */
    private static List<Views.RankedRow> ranked(PageParts parts, Explanations.Order order) {
        return parts.explanations.ranking(order, Serbia.CODE, RANKED).stream()
                .map(r -> new Views.RankedRow(r.rank(), parts.tieHref(r.tie()), parts.pair(r.tie()),
                        r.explanation().score(), parts.text.label(r.explanation().basis()),
                        parts.text.label(parts.explanations.liveness(r.tie()).state())))
                .toList();
    }
}
