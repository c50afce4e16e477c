package org.pobratim.web.pages;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pobratim.atlas.Census;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Nationality;
import org.pobratim.atlas.Serbia;
import org.pobratim.atlas.Tie;
import org.pobratim.names.SerbianScript;
import org.pobratim.network.Cousins;
import org.pobratim.web.pages.Views.Cousin;
import org.pobratim.web.pages.Views.Fact;
import org.pobratim.web.pages.Views.Link;

/** A city's page: its names in both scripts, facts, a small map, its family of ties, a timeline and its cousins. */
final class CityModel {
    private static final int MAX_COUSINS = 40;

    private CityModel() {
    }

    static Optional<Views.CityPage> build(PageParts parts, String id) {
        return parts.atlas.city(id).map(city -> page(parts, city));
    }

    private static Views.CityPage page(PageParts parts, City city) {
        PageText text = parts.text;
        List<Tie> ties = parts.atlas.tiesOf(city.id());
        String name = text.name(city);
        String partnerNames = ties.stream().map(t -> text.name(parts.atlas.partnerOf(t, city.id())))
                .collect(Collectors.joining(", "));
        String description = ties.isEmpty()
                ? text.t("city.descriptionNone", name, text.country(city.country()))
                : text.t("city.description", name, text.country(city.country()), ties.size(), partnerNames);
        List<Svg.Span> spans = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (Tie tie : ties) {
            String partner = text.name(parts.atlas.partnerOf(tie, city.id()));
            Integer from = tie.established().yearOrNull();
            if (from == null) {
                undated.add(partner);
            } else {
                spans.add(new Svg.Span(partner, from,
                        tie.status().state().stopped() ? tie.status().since().yearOrNull() : null));
            }
        }
        String timeline = Svg.timeline(text.t("city.timeline"), spans, Year.now(ZoneOffset.UTC).getValue());
        Link parent = city.admin() == null || city.admin().parent() == null ? null
                : parts.atlas.city(city.admin().parent()).map(parts::cityLink).orElse(null);
        List<Views.SettlementTies> settlements = parts.atlas.settlementsOf(city.id()).stream()
                .map(s -> new Views.SettlementTies(parts.cityLink(s), parts.rows(parts.atlas.tiesOf(s.id()), s)))
                .toList();
        return new Views.CityPage(parts.chrome(text.t("city.title", name), description, "/city/" + city.id()), name,
                names(city, text), facts(city, text), parent,
                Serbia.inKosovo(city) ? text.t("city.inKosovo") : null,
                parts.mapJson(ties, city), parts.rows(ties, city), settlements, timeline,
                undated.isEmpty() ? null : text.t("city.timelineUnknown", String.join(", ", undated)),
                cousins(parts, city), text.href("/ties/new") + "?city=" + city.id());
    }

    /**
     * Both Serbian scripts, one derived from the other where only one is curated; a foreign city with no Serbian
     * name gets none (transliterating its own spelling would invent one). Then its other names.
     */
    private static List<Fact> names(City city, PageText text) {
        List<Fact> names = new ArrayList<>();
        if (city.names().containsKey("sr-Latn") || city.names().containsKey("sr-Cyrl")) {
            names.add(new Fact("sr-Latn", city.names().containsKey("sr-Latn") ? city.names().get("sr-Latn")
                    : SerbianScript.toLatin(city.names().get("sr-Cyrl"))));
            names.add(new Fact("sr-Cyrl", text.cyrillicName(city)));
        }
        city.names().forEach((tag, n) -> {
            if (!tag.equals("sr-Latn") && !tag.equals("sr-Cyrl")) {
                names.add(new Fact(tag, n));
            }
        });
        if (!city.alternates().isEmpty()) {
            names.add(new Fact("…", String.join(", ", city.alternates())));
        }
        return names;
    }

    private static List<Fact> facts(City city, PageText text) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(text.t("city.country"), text.country(city.country())));
        if (city.admin() != null) {
            facts.add(new Fact(text.t("city.admin"), text.label(city.admin().type())));
            if (city.admin().district() != null) {
                facts.add(new Fact(text.t("city.district"), text.lang() == Lang.SR_CYRL
                        ? SerbianScript.toCyrillic(city.admin().district()) : city.admin().district()));
            }
        }
        if (city.population() != null) {
            String count = String.format(text.lang().locale(), "%,d", city.population().count());
            facts.add(new Fact(text.t("city.population"), city.population().year() == null ? count
                    : text.t("city.populationYear", count, String.valueOf(city.population().year()))));
        }
        if (city.census() != null) {
            facts.add(new Fact(text.t("city.census", String.valueOf(city.census().year())), census(city.census(), text)));
        }
        return facts;
    }

    /** The groups a census source gives, largest first, with their shares ("Hungarians 72.8 %, Serbs 17.8 %"). */
    private static String census(Census census, PageText text) {
        List<Nationality> groups = new ArrayList<>(census.counts().keySet());
        census.percents().keySet().stream().filter(g -> !census.counts().containsKey(g)).forEach(groups::add);
        return groups.stream()
                .sorted(java.util.Comparator.comparingDouble((Nationality g) -> -census.share(g).orElse(0)))
                .map(g -> String.format(text.lang().locale(), "%s %.1f %%", text.label(g), 100 * census.share(g)
                        .orElse(0)))
                .collect(Collectors.joining(", ")) + " [" + String.join(", ", census.sources()) + "]";
    }

    private static List<Cousin> cousins(PageParts parts, City city) {
        return Cousins.of(parts.atlas, city.id(), MAX_COUSINS).stream()
                .map(c -> new Cousin(parts.cityLink(c.city()), parts.countryLink(c.city().country()),
                        parts.text.t("city.sharedPartners", c.sharedPartners().stream().map(parts.text::name)
                                .sorted().distinct().collect(Collectors.joining(", ")))))
                .toList();
    }
}
