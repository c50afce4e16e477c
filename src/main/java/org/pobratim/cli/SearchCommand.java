package org.pobratim.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pobratim.app.Pobratim;
import org.pobratim.search.NameSearch;
import org.pobratim.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Finds cities and gazetteer places by name from the command line. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Find atlas cities and gazetteer places by name, in any script, with or without diacritics, "
                + "by a beginning or with a typo.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "the name to look for (several words are one query)")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10", description = "how many results (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--country", description = "only in this country (ISO alpha-2, e.g. RS)")
    String country;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        String text = String.join(" ", words);
        try (Pobratim app = Pobratim.open(store.config())) {
            List<SearchHit> hits = app.reads().get().search()
                    .search(text, Math.max(1, Math.min(limit, 100)), country == null ? null : country.toUpperCase(Locale.ROOT));
            if (hits.isEmpty()) {
                System.out.println("nothing found for '" + text + "'");
            }
            for (SearchHit hit : hits) {
                System.out.printf("%-24s %-6s %-2s %-30s matched '%s' (%s)%s%n", hit.entry().id(),
                        hit.entry().kind().name().toLowerCase(Locale.ROOT), hit.entry().country(), hit.entry().name(),
                        hit.matchedName(), hit.match(), hit.entry().ties() > 0 ? ", " + hit.entry().ties() + " ties" : "");
            }
            return 0;
        } catch (NameSearch.BadQuery e) {
            System.err.println("cannot search: " + e.getMessage());
            return Main.EXIT_INVALID;
        }
    }
}
