package org.pobratim.cli;

import java.util.concurrent.Callable;
import org.pobratim.app.Pobratim;
import org.pobratim.ingest.GazetteerImport;
import org.pobratim.ingest.InputRejected;
import org.pobratim.store.GazetteerService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The gazetteer: a GeoNames dump loaded as a lookup for placing names. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Manage the gazetteer (GeoNames places used to place and search names).",
        subcommands = {GazetteerCommand.Import.class})
final class GazetteerCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a GeoNames dump (cities500/1000/5000/15000 or allCountries; .txt or .zip; a file or "
                    + "an http(s) URL). Streamed; all-or-nothing; re-importing replaces places by GeoNames id.")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", description = "the dump: a path or an http(s) URL")
        String location;

        @Option(names = "--actor", description = "who imports, recorded with the import (default: gazetteer:<location>)")
        String actor;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            long started = System.nanoTime();
            try (Pobratim app = Pobratim.open(store.config())) {
                ProgressDisplay progress = ProgressDisplay.forConsole("importing " + location);
                GazetteerService.ImportResult result;
                try {
                    result = GazetteerImport.run(app.gazetteer(), location, actor == null ? "gazetteer:" + location : actor,
                            progress);
                } finally {
                    progress.finish();
                }
                System.out.printf("imported %d places from %s (%d replaced an earlier version) in %.1f s%n",
                        result.places(), location, result.replaced(), (System.nanoTime() - started) / 1e9);
                return 0;
            } catch (InputRejected e) {
                return Rejection.report(e, "nothing imported from " + location);
            }
        }
    }
}
