package org.pobratim.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.pobratim.atlas.Agreement;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.City;
import org.pobratim.atlas.Listing;
import org.pobratim.atlas.PartialDate;
import org.pobratim.atlas.Source;
import org.pobratim.atlas.SourceTier;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieState;

/**
 * What the atlas can tell Wikidata, judged against the Wikidata P190 statements it holds (the listings of a world
 * import's Wikidata source, as of that source's day): for each selected tie the atlas sources from a primary or
 * secondary source, the statements Wikidata lacks — none on either item, or one side only — and where Wikidata's
 * statements disagree with the atlas. A city's item is its own Wikidata id, else the one Wikidata's statements name
 * for it when they name one only.
 */
final class WikidataGaps {
    /** One statement to add: {@code item} P190 {@code partner}, with what the atlas knows of it. */
    record Statement(Tie tie, String item, String partner, Optional<PartialDate> start,
                     Optional<PartialDate> end, Source reference) {
    }

    /** A row of the report: a tie, what was found, what the atlas and Wikidata say, the atlas's source (URL). */
    record Finding(Tie tie, String kind, String atlas, String wikidata, String source) {
    }

    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("https?://([^/:?#]+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final Selection selection;
    private final Set<String> wikidataSources = new HashSet<>();
    private final Map<String, String> items = new HashMap<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    private WikidataGaps(Selection selection) {
        this.selection = selection;
    }

    /**
     * The gaps of the selected ties; refused ({@link ExportRefused}) when the atlas holds no Wikidata statements, for
     * then every sourced tie would look missing from Wikidata.
     */
    static WikidataGaps of(Selection s) {
        WikidataGaps gaps = new WikidataGaps(s);
        Atlas atlas = s.atlas();
        atlas.sources().values().stream().filter(WikidataGaps::isWikidata).forEach(src -> gaps.wikidataSources
                .add(src.id()));
        if (gaps.wikidataSources.isEmpty()) {
            throw new ExportRefused("the atlas holds no Wikidata P190 statements to compare with; import them first "
                    + "(pobratim world import --wikidata FILE)");
        }
        gaps.learnItems(atlas);
        s.ties().forEach(gaps::judge);
        return gaps;
    }

    List<Statement> statements() {
        return statements;
    }

    List<Finding> findings() {
        return findings;
    }

    String item(String city) {
        return items.get(city);
    }

    /** A list source of Wikidata's: a listing-tier source at wikidata.org. */
    static boolean isWikidata(Source s) {
        java.util.regex.Matcher host = HOST.matcher(s.url());
        return s.tier() == SourceTier.LISTING && host.lookingAt()
                && ("." + host.group(1).toLowerCase(java.util.Locale.ROOT)).endsWith(".wikidata.org");
    }

    private void learnItems(Atlas atlas) {
        Map<String, Set<String>> named = new HashMap<>();
        for (Tie tie : atlas.ties().values()) {
            for (Listing l : tie.listings()) {
                if (wikidataSources.contains(l.source())) {
                    l.items().forEach((city, qid) -> named.computeIfAbsent(city, k -> new HashSet<>()).add(qid));
                }
            }
        }
        named.forEach((city, qids) -> {
            if (qids.size() == 1) {
                items.put(city, qids.iterator().next());
            }
        });
        for (City c : atlas.cities().values()) {
            if (c.wikidataId() != null) {
                items.put(c.id(), c.wikidataId());
            }
        }
    }

    private void judge(Tie tie) {
        if (tie.agreements().isEmpty() || selection.atlas().tier(tie) == SourceTier.LISTING) {
            return;
        }
        List<Listing> stated = tie.listings().stream().filter(l -> wikidataSources.contains(l.source())).toList();
        Optional<Source> reference = reference(tie);
        String cited = reference.map(Source::url).orElse("");
        disagreements(tie, stated, cited);
        // a listing of an import older than the stating side counts as stated on both sides
        if (stated.stream().anyMatch(l -> l.statedBy() == null)) {
            return;
        }
        Set<String> statedBy = new HashSet<>();
        stated.forEach(l -> statedBy.add(l.statedBy()));
        List<String> missing = Stream.of(tie.cityA(), tie.cityB()).filter(c -> !statedBy.contains(c)).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (reference.isEmpty()) {
            findings.add(new Finding(tie, "no-reference", "no primary or secondary source with a URL", "", ""));
            return;
        }
        boolean ended = tie.status().state() == TieState.ENDED;
        if (ended && !tie.status().since().isKnown()) {
            findings.add(new Finding(tie, "ended-undated", "ended, the date unknown", "", cited));
            return;
        }
        List<String> unknown = Stream.of(tie.cityA(), tie.cityB()).filter(c -> items.get(c) == null).toList();
        if (!unknown.isEmpty()) {
            findings.add(new Finding(tie, "no-item", "no Wikidata item known for " + String.join(" and ", unknown),
                    "", cited));
            return;
        }
        for (String city : missing) {
            String item = items.get(city);
            String partner = items.get(tie.partnerOf(city).orElseThrow());
            statements.add(new Statement(tie, item, partner, known(tie.established()),
                    ended ? known(tie.status().since()) : Optional.empty(), reference.get()));
            findings.add(new Finding(tie, missing.size() == 2 ? "missing" : "one-sided", item + " P190 " + partner,
                    missing.size() == 2 ? "no statement" : "stated by the other side only", cited));
        }
    }

    private void disagreements(Tie tie, List<Listing> stated, String cited) {
        for (Listing l : stated) {
            if (l.claim() != null) {
                findings.add(new Finding(tie, "partner", tie.id(), l.claim(), cited));
            }
            if (l.start().isKnown() && tie.established().isKnown()
                    && !l.start().maybeSameYear(tie.established())) {
                findings.add(new Finding(tie, "start", tie.established().toString(), l.start().toString(), cited));
            }
            if (l.end().isKnown() && tie.status().state() == TieState.ACTIVE) {
                findings.add(new Finding(tie, "end", "active", "ended " + l.end(), cited));
            }
        }
    }

    /** The source to cite: the best-tier source of the agreements, else of the tie's other evidence. */
    private Optional<Source> reference(Tie tie) {
        Comparator<Source> best = Comparator.comparing((Source src) -> src.tier() == SourceTier.PRIMARY ? 0 : 1)
                .thenComparing(Source::id);
        List<String> ids = new ArrayList<>();
        tie.agreements().stream().map(Agreement::sources).forEach(ids::addAll);
        Optional<Source> found = pick(ids, best);
        return found.isPresent() ? found : pick(List.copyOf(tie.evidenceSourceIds()), best);
    }

    private Optional<Source> pick(List<String> ids, Comparator<Source> best) {
        return ids.stream().map(id -> selection.atlas().sources().get(id))
                .filter(src -> src != null && src.tier() != SourceTier.LISTING).min(best);
    }

    private static Optional<PartialDate> known(PartialDate d) {
        return d.isKnown() ? Optional.of(d) : Optional.empty();
    }
}
