package org.pobratim.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Reason;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieQuery;
import org.pobratim.atlas.TieSides;
import org.pobratim.explain.Explanations;
import org.pobratim.web.pages.Views.Chrome;
import org.pobratim.web.pages.Views.Link;
import org.pobratim.web.pages.Views.Story;
import org.pobratim.web.pages.Views.TieRow;

/**
 * What every page model builds from — one atlas snapshot, the page's language, the server's page options — and the
 * pieces pages share: the chrome, links to cities, countries and ties, tie rows, stories and the map's data.
 */
final class PageParts {
    final Atlas atlas;
    final Explanations explanations;
    final PageText text;
    private final PageOptions options;

    PageParts(Explanations explanations, PageText text, PageOptions options) {
        this.atlas = explanations.atlas();
        this.explanations = explanations;
        this.text = text;
        this.options = options;
    }

    Chrome chrome(String title, String description, String path) {
        return new Chrome(text, title, description, path, options.tileUrl(), options.tileAttribution());
    }

    /** Every tie with a Serbian city, oldest first. */
    List<Tie> serbianTies() {
        return atlas.findTies(TieQuery.ofCountry(Serbia.CODE), 0, Integer.MAX_VALUE).items();
    }

    /** A tie seen from Serbia: its Serbian city and its partner. */
    TieSides sides(Tie tie) {
        return atlas.sides(tie, Serbia.CODE);
    }

    Link cityLink(City city) {
        return new Link(text.href("/city/" + city.id()), text.name(city));
    }

    Link countryLink(String code) {
        return new Link(text.href("/country/" + code.toLowerCase(Locale.ROOT)), text.country(code));
    }

    String tieHref(Tie tie) {
        return text.href("/tie/" + tie.id());
    }

    /** "Kikinda – Narvik": the Serbian city first. */
    String pair(Tie tie) {
        TieSides sides = sides(tie);
        return text.name(sides.home()) + " – " + text.name(sides.partner());
    }

    /** The agreements' kinds, each once, in the page's language. */
    String kinds(Tie tie) {
        if (tie.listedOnly()) {
            return text.t("tie.kindListed");
        }
        return tie.agreements().stream().map(a -> text.label(a.kind())).distinct()
                .collect(Collectors.joining(", "));
    }

    /** Rows of a table of ties; seen from {@code fixedHome} on its own page, else from the Serbian side. */
    List<TieRow> rows(List<Tie> ties, City fixedHome) {
        List<TieRow> rows = new ArrayList<>();
        for (Tie tie : ties) {
            City home = fixedHome != null ? fixedHome : sides(tie).home();
            City partner = atlas.partnerOf(tie, home.id());
            String reasons = tie.reasonCategories().stream().map(r -> text.label(r))
                    .collect(Collectors.joining(", "));
            rows.add(new TieRow(tieHref(tie), cityLink(home), cityLink(partner), countryLink(partner.country()),
                    text.year(tie.established()), kinds(tie), text.label(explanations.liveness(tie).state()), reasons,
                    tie.sourceIds().size(), text.label(atlas.tier(tie))));
        }
        return rows;
    }

    /** A tie's story as its reason tells it. */
    Story story(Tie tie, Reason reason) {
        return new Story(tieHref(tie), pair(tie), text.label(reason.category()),
                text.narrative(reason.narrative()), text.year(tie.established()));
    }

    /** The map's data (see {@link MapData}); {@code focus} is the city a page is about, drawn larger. */
    String mapJson(List<Tie> ties, City focus) {
        return MapData.of(ties, focus, this).json();
    }
}
