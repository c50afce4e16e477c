package org.pobratim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.pobratim.app.Pobratim;
import org.pobratim.atlas.ImportFinding;
import org.pobratim.ingest.EntityResolver;
import org.pobratim.ingest.InputRejected;
import org.pobratim.ingest.world.WikidataEndpoint;
import org.pobratim.ingest.world.WikidataSparql;
import org.pobratim.ingest.world.WorldImport;
import org.pobratim.ingest.world.WorldImportRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pobratim world import}: the world's twin lists, placed and reconciled with the curated atlas. */
@Command(name = "world", mixinStandardHelpOptions = true, description = "The world network from twin lists.",
        subcommands = {WorldCommand.Import.class, WorldCommand.Query.class})
final class WorldCommand {
    @Command(name = "query", mixinStandardHelpOptions = true,
            description = "Print the SPARQL query whose JSON result --wikidata reads (run it at a SPARQL endpoint).")
    static final class Query implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.println(WikidataSparql.QUERY);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import twin lists: every name placed against the gazetteer; a pair of a curated tie adds "
                    + "its listing and changes nothing else; a new pair becomes a listed tie; rows that cannot be "
                    + "placed are reported. All-or-nothing; importing the same lists again changes nothing.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--pairs", description = "twin-pairs CSV (city1,country1,city2,country2)")
        Path pairs;

        @Option(names = "--geocoded", description = "the pairs with coordinates (a second opinion on where they lie)")
        Path geocoded;

        @Option(names = "--wikidata", description = "Wikidata P190 statements: a SPARQL JSON result, a folder of "
                + "them, or a folder with relations.tsv and names.tsv")
        Path wikidata;

        @Option(names = "--wikidata-endpoint", description = "fetch the statements from this SPARQL endpoint first "
                + "(e.g. https://query.wikidata.org/sparql); never contacted unless given")
        URI endpoint;

        @Option(names = "--user-agent", description = "User-Agent for the endpoint (required with it: say who you "
                + "are and how to reach you)")
        String userAgent;

        @Option(names = "--timeout", defaultValue = "120", description = "endpoint timeout in seconds (default 120)")
        int timeoutSeconds;

        @Option(names = "--retries", defaultValue = "3", description = "endpoint attempts after the first (default 3)")
        int retries;

        @Option(names = "--report", description = "write every finding (unplaced rows, one-sided statements) to "
                + "this CSV")
        Path report;

        @Option(names = "--actor", description = "who imports, recorded in each revision (default: world-import)")
        String actor;

        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (pairs == null && wikidata == null && endpoint == null) {
                throw new ParameterException(spec.commandLine(), "give --pairs, --wikidata or --wikidata-endpoint");
            }
            long started = System.nanoTime();
            try (Pobratim app = Pobratim.open(store.config())) {
                Path statements = wikidata;
                if (endpoint != null) {
                    if (userAgent == null || userAgent.isBlank()) {
                        throw new ParameterException(spec.commandLine(), "--wikidata-endpoint needs --user-agent");
                    }
                    statements = wikidata != null ? wikidata : Path.of("wikidata-p190.json");
                    try {
                        new WikidataEndpoint(endpoint, userAgent, Duration.ofSeconds(timeoutSeconds), retries)
                                .fetchTo(statements);
                    } catch (IOException | IllegalArgumentException e) {
                        System.err.println("nothing imported: could not fetch " + endpoint + ": " + e.getMessage());
                        return Main.EXIT_INVALID;
                    }
                    System.err.println("fetched " + endpoint + " into " + statements);
                }
                EntityResolver resolver = app.resolver(WorldImport.curated(app.atlas().current()),
                        EntityResolver.THRESHOLD);
                WorldImportRun.Outcome outcome = WorldImportRun.run(app.atlas(), app.reads().get().gazetteer(),
                        resolver, new WorldImportRun.Files(pairs, geocoded, statements), LocalDate.now(),
                        actor == null ? "world-import" : actor);
                WorldImport.Summary s = outcome.plan().summary();
                System.out.printf("read %d rows: %d pairs placed, %d ties listed (%d new, %d already in the atlas, %d "
                                + "of them with a partner placed elsewhere); %d new cities; %d unplaced rows; %d "
                                + "one-sided statements; %d ties no longer listed (%d of them deleted)%n", s.rows(),
                        s.pairsPlaced(), s.tiesListed(), s.tiesNew(), s.tiesMatched(), s.partnerConflicts(),
                        s.citiesNew(), s.rowsUnplaced(), s.oneSided(), s.tiesNoLongerListed(),
                        outcome.plan().deletedTies().size());
                System.out.printf("store: %d created, %d updated, %d unchanged (%.1f s)%n",
                        outcome.applied().created(), outcome.applied().updated(), outcome.applied().unchanged(),
                        (System.nanoTime() - started) / 1e9);
                if (report != null) {
                    writeReport(outcome.plan(), report);
                    System.out.println("findings: " + report);
                }
                return 0;
            } catch (InputRejected e) {
                return Rejection.report(e, "nothing imported");
            }
        }

        private static void writeReport(WorldImport.Plan plan, Path file) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                out.println("kind,source,file,line,subject,country,reason,candidates");
                for (ImportFinding f : plan.findings()) {
                    out.println(String.join(",", f.kind().code(), f.source(), csv(f.file()), String.valueOf(f.line()),
                            csv(f.subject()), csv(f.country()), csv(f.reason()), csv(String.join("; ",
                                    f.candidates()))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String csv(String value) {
            if (value == null) {
                return "";
            }
            return value.contains(",") || value.contains("\"") || value.contains("\n")
                    ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        }
    }
}
