package org.pobratim.web.pages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieSides;
import org.pobratim.atlas.TieState;
import org.pobratim.web.pages.Views.Line;
import org.pobratim.web.pages.Views.SourceItem;
import org.pobratim.web.pages.Views.Story;

/** A tie's page: its story, agreements, status, activity, conflicts, sources and the distance between the two. */
final class TieModel {
    private TieModel() {
    }

    static Optional<Views.TiePage> build(PageParts parts, String id) {
        return parts.atlas.tie(id).map(tie -> page(parts, tie));
    }

    private static Views.TiePage page(PageParts parts, Tie tie) {
        PageText text = parts.text;
        TieSides sides = parts.sides(tie);
        City home = sides.home();
        City partner = sides.partner();
        String established = text.date(tie.established());
        String distance = text.t("tie.distanceKm", String.format(text.lang().locale(), "%,d",
                Math.round(home.location().distanceKm(partner.location()))));
        List<Line> agreements = tie.agreements().stream().map(a -> new Line(text.date(a.date()),
                text.label(a.kind()), a.title(), a.sources())).toList();
        Line status = tie.status().state() == TieState.UNKNOWN ? null
                : new Line(text.date(tie.status().since()), text.label(tie.status().state()),
                tie.status().note(), tie.status().sources());
        List<Story> reasons = tie.reasons().stream().map(r -> new Story(null, null,
                text.label(r.category()), text.narrative(r.narrative()), null)).toList();
        List<Line> activity = tie.activity().stream().map(a -> new Line(text.date(a.date()),
                text.label(a.kind()), text.narrative(a.description()), a.sources())).toList();
        List<Line> conflicts = java.util.stream.Stream.concat(tie.conflicts().stream(),
                        tie.listingConflicts().stream())
                .map(c -> new Line(null, text.label(c.about()), c.claim(), c.sources())).toList();
        List<Line> listings = tie.listings().stream().map(l -> new Line(
                l.start().isKnown() ? text.t("tie.listedStart", text.date(l.start())) : null,
                listTitle(parts, l.source()), l.asListed(), List.of(l.source()))).toList();
        List<SourceItem> sources = tie.sourceIds().stream().map(parts.atlas.sources()::get)
                .filter(Objects::nonNull).map(s -> source(text, s)).toList();
        String title = text.t("tie.title", text.name(home), text.name(partner));
        String description = text.t("tie.description", text.name(home), text.name(partner),
                text.country(home.country()), text.country(partner.country()), established, parts.kinds(tie));
        return new Views.TiePage(parts.chrome(title, description, "/tie/" + tie.id()), parts.cityLink(home),
                parts.cityLink(partner), parts.countryLink(home.country()), parts.countryLink(partner.country()),
                distance, established, evidence(parts, tie), agreements, status, reasons, activity, conflicts,
                listings, sources, parts.mapJson(List.of(tie), null),
                ExplainText.panel(text, parts.explanations.of(tie)),
                text.label(parts.explanations.liveness(tie).state()),
                ExplainText.liveness(text, parts.explanations.liveness(tie)));
    }

    /** What the tie rests on: its best source's tier, and for a listed tie the lists that name it. */
    private static String evidence(PageParts parts, Tie tie) {
        SourceTier tier = parts.atlas.tier(tie);
        if (tier == SourceTier.PRIMARY) {
            return parts.text.t("tie.evidence.primary");
        }
        if (tier == SourceTier.SECONDARY) {
            return parts.text.t("tie.evidence.secondary");
        }
        String lists = tie.evidenceSourceIds().stream().map(id -> listTitle(parts, id)).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        return parts.text.t("tie.evidence.listing", lists);
    }

    private static String listTitle(PageParts parts, String sourceId) {
        Source source = parts.atlas.sources().get(sourceId);
        return source == null ? sourceId : source.publisher() != null ? source.publisher() : source.title();
    }

    private static SourceItem source(PageText text, Source source) {
        return new SourceItem(source.id(), source.url(), source.title(), source.publisher(),
                source.published() == null || !source.published().isKnown() ? null : text.date(source.published()),
                source.accessed() == null ? null : source.accessed().toString());
    }
}
