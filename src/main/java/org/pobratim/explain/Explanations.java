package org.pobratim.explain;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pobratim.atlas.Atlas;
import org.pobratim.atlas.Tie;
import org.pobratim.atlas.TieQuery;

/**
 * Every tie's explanation and liveness over one atlas, computed on first use and kept: the read side holds one of
 * these per snapshot. Rankings and the report over a country (or the whole network) are kept as well.
 */
public final class Explanations {
    /** The two rankings: least explained first, or best explained first. */
    public enum Order { INEXPLICABLE, EXPLAINED }

    /** A tie in a ranking, with its place (1 = first) and explanation. */
    public record Ranked(int rank, Tie tie, Explanation explanation, long km) {
    }

    private final Atlas atlas;
    private final Borders borders;
    private volatile Explainer explainer;
    private final int referenceYear;
    private final Map<String, Explanation> explained = new ConcurrentHashMap<>();
    private final Map<String, LivenessVerdict> liveness = new ConcurrentHashMap<>();
    private final Map<String, List<Ranked>> rankings = new ConcurrentHashMap<>();
    private final Map<String, ExplainReport> reports = new ConcurrentHashMap<>();

    public Explanations(Atlas atlas, Borders borders, int referenceYear) {
        this.atlas = atlas;
        this.borders = borders;
        this.referenceYear = referenceYear;
    }

    public Atlas atlas() {
        return atlas;
    }

    /** The year liveness counts "the last five years" back from. */
    public int referenceYear() {
        return referenceYear;
    }

    public Explanation of(Tie tie) {
        return explained.computeIfAbsent(tie.id(), id -> explainer().explain(tie));
    }

    /** The engine, built on the first explanation asked for (liveness alone, as the tables need, does without). */
    private Explainer explainer() {
        Explainer built = explainer;
        if (built == null) {
            synchronized (this) {
                if (explainer == null) {
                    explainer = new Explainer(atlas, borders);
                }
                built = explainer;
            }
        }
        return built;
    }

    public LivenessVerdict liveness(Tie tie) {
        return liveness.computeIfAbsent(tie.id(),
                id -> LivenessRule.judge(tie, atlas().sources(), referenceYear));
    }

    /**
     * The ties of a country (a city of it on either side; null for the whole network) in the given order, at most
     * {@code limit}. Ties of equal score: the inexplicable ranking puts the farther first, the explained one the
     * more documented first; then by id.
     */
    public List<Ranked> ranking(Order order, String country, int limit) {
        List<Ranked> all = rankings.computeIfAbsent(order + "/" + country, k -> rank(order, country));
        return all.subList(0, Math.min(limit, all.size()));
    }

    private List<Ranked> rank(Order order, String country) {
        Comparator<Ranked> byScore = Comparator.comparingInt(r -> r.explanation().score());
        Comparator<Ranked> ordering = order == Order.INEXPLICABLE
                ? byScore.thenComparing(Comparator.comparingLong(Ranked::km).reversed())
                : byScore.reversed().thenComparing(
                        Comparator.comparingInt((Ranked r) -> r.explanation().documented()).reversed());
        List<Ranked> sorted = ties(country).stream()
                .map(t -> {
                    Explanation e = of(t);
                    return new Ranked(0, t, e, distanceOf(e));
                })
                .sorted(ordering.thenComparing(r -> r.tie().id()))
                .toList();
        return java.util.stream.IntStream.range(0, sorted.size())
                .mapToObj(i -> new Ranked(i + 1, sorted.get(i).tie(), sorted.get(i).explanation(), sorted.get(i).km()))
                .toList();
    }

    private static long distanceOf(Explanation explanation) {
        return explanation.features().stream().filter(f -> f.name() == FeatureName.DISTANCE)
                .mapToLong(f -> ((Number) f.value()).longValue()).findFirst().orElse(0);
    }

    private List<Tie> ties(String country) {
        Atlas atlas = atlas();
        TieQuery query = TieQuery.ofCountry(country);
        return atlas.ties().values().stream().filter(t -> query.matches(t, atlas)).toList();
    }

    /** Liveness and explanation counts over a country's ties (null: the whole network). */
    public ExplainReport report(String country) {
        return reports.computeIfAbsent(String.valueOf(country), k -> {
            Map<Liveness, Integer> byLiveness = new EnumMap<>(Liveness.class);
            Map<Explanation.Basis, Integer> byBasis = new EnumMap<>(Explanation.Basis.class);
            for (Liveness l : Liveness.values()) {
                byLiveness.put(l, 0);
            }
            for (Explanation.Basis b : Explanation.Basis.values()) {
                byBasis.put(b, 0);
            }
            List<Tie> ties = ties(country);
            for (Tie tie : ties) {
                byLiveness.merge(liveness(tie).state(), 1, Integer::sum);
                byBasis.merge(of(tie).basis(), 1, Integer::sum);
            }
            return new ExplainReport(country == null ? "all" : country.toUpperCase(Locale.ROOT), ties.size(),
                    byLiveness, byBasis, referenceYear);
        });
    }
}
