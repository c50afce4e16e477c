package org.pobratim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pobratim.app.Pobratim;
import org.pobratim.ingest.BundleImport;
import org.pobratim.ingest.InputRejected;
import org.pobratim.store.ApplyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Validates data files against the store, then applies them in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validate data files (a folder or one file) against the store, then create or update their "
                + "records in one transaction, with a revision per change. Any problem: nothing is changed.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "folder or file to import")
    Path path;

    @Option(names = "--actor", description = "who makes the change, recorded in each revision (default: import:<path>)")
    String actor;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Pobratim app = Pobratim.open(store.config())) {
            ApplyResult result = BundleImport.run(app.atlas(), path, actor == null ? "import:" + path : actor);
            System.out.printf("imported %s: %d created, %d updated, %d unchanged%n", path, result.created(),
                    result.updated(), result.unchanged());
            return 0;
        } catch (InputRejected e) {
            return Rejection.report(e, "nothing imported from " + path);
        }
    }
}
