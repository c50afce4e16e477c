package org.pobratim.web.pages;

import java.util.Locale;
import java.util.Map;
import org.pobratim.atlas.ActivityKind;
import org.pobratim.atlas.AdminType;
import org.pobratim.atlas.AgreementKind;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Coded;
import org.pobratim.atlas.ConflictTopic;
import org.pobratim.atlas.LocalizedText;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.ReasonCategory;
import org.pobratim.atlas.Nationality;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Trait;
import org.pobratim.explain.Explanation;
import org.pobratim.explain.FeatureName;
import org.pobratim.explain.Liveness;
import org.pobratim.atlas.TieState;
import org.pobratim.names.SerbianScript;

/**
 * What a page says in its language: UI strings, city and country names, labels of codes, dates and narratives.
 * Serbian Cyrillic is derived from the Serbian Latin text where nothing is curated; a foreign name with no Serbian
 * form stays in its own spelling (Serbian Cyrillic texts print such names in Latin letters, so "Coventry" never
 * becomes a transliterated jumble).
 */
final class PageText {
    private final Lang lang;
    private final Messages messages;
    /** Country names by code: the JDK's display names are slow to look up, and a page repeats them. */
    private final java.util.Map<String, String> countries = new java.util.HashMap<>();

    PageText(Lang lang, Messages messages) {
        this.lang = lang;
        this.messages = messages;
    }

    Lang lang() {
        return lang;
    }

    String t(String key, Object... arguments) {
        return messages.get(lang, key, arguments);
    }

    /** The message-key prefix of each coded value a page shows: {@code kind.twinning}, {@code status.ended}. */
    static final Map<Class<? extends Coded>, String> LABELS = Map.ofEntries(
            Map.entry(AgreementKind.class, "kind"),
            Map.entry(TieState.class, "status"),
            Map.entry(ReasonCategory.class, "reason"),
            Map.entry(AdminType.class, "admin"),
            Map.entry(ActivityKind.class, "activity"),
            Map.entry(ConflictTopic.class, "conflict"),
            Map.entry(SourceTier.class, "tier"),
            Map.entry(Liveness.class, "liveness"),
            Map.entry(Explanation.Basis.class, "explain.basis"),
            Map.entry(FeatureName.class, "explain.feature"),
            Map.entry(Nationality.class, "nationality"),
            Map.entry(Trait.class, "trait"));

    /** The label of a coded value in the page's language. */
    <E extends Enum<E> & Coded> String label(E value) {
        String prefix = LABELS.get(value.getDeclaringClass());
        if (prefix == null) {
            throw new IllegalArgumentException("no labels for " + value.getDeclaringClass().getSimpleName());
        }
        return t(prefix + "." + value.code());
    }

    String name(City city) {
        return switch (lang) {
            case EN -> city.names().getOrDefault("en", city.displayName());
            case SR_LATN -> city.names().getOrDefault("sr-Latn", city.displayName());
            case SR_CYRL -> city.names().containsKey("sr-Cyrl") ? city.names().get("sr-Cyrl")
                    : city.names().containsKey("sr-Latn") ? SerbianScript.toCyrillic(city.names().get("sr-Latn"))
                    : city.displayName();
        };
    }

    String cyrillicName(City city) {
        return city.names().getOrDefault("sr-Cyrl",
                SerbianScript.toCyrillic(city.names().getOrDefault("sr-Latn", city.displayName())));
    }

    /** A country's name from the JDK's CLDR data in the page's language and script. */
    String country(String code) {
        return countries.computeIfAbsent(code, this::countryName);
    }

    private String countryName(String code) {
        Locale region = new Locale("", code);
        String name = region.getDisplayCountry(lang.locale());
        if (name.isBlank() || name.equals(code)) {
            name = region.getDisplayCountry(Locale.ENGLISH);
        }
        if (lang == Lang.SR_LATN && SerbianScript.isCyrillic(name)) {
            name = SerbianScript.toLatin(name);
        } else if (lang == Lang.SR_CYRL && !SerbianScript.isCyrillic(name)) {
            name = SerbianScript.toCyrillic(name);
        }
        return name;
    }

    String date(PartialDate date) {
        return switch (date.precision()) {
            case UNKNOWN -> t("date.unknown");
            case DECADE -> t("date.decade", String.valueOf(date.year()));
            default -> date.toString();
        };
    }

    String year(PartialDate date) {
        return switch (date.precision()) {
            case UNKNOWN -> t("date.unknown");
            case DECADE -> t("date.decade", String.valueOf(date.year()));
            default -> String.valueOf(date.year());
        };
    }

    String narrative(LocalizedText text) {
        if (text == null) {
            return "";
        }
        return switch (lang) {
            case EN -> text.en();
            case SR_LATN -> text.srLatn() == null ? text.en() : text.srLatn();
            case SR_CYRL -> text.srLatn() == null ? text.en() : SerbianScript.toCyrillic(text.srLatn());
        };
    }

    /** A path of a page in this language: {@code /sr-Cyrl/city/rs-sabac}. */
    String href(String path) {
        return "/" + lang.tag() + path;
    }
}
